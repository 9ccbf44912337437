package dev.bindery.registry.discovery;

import dev.bindery.registry.store.DiscoveredNameRepository;
import dev.bindery.registry.store.DiscoveredNameRow;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Inserts a schema name claim in a transaction of its own: a lost race (a unique violation) aborts
 * only that transaction, so {@link SchemaNameClaims} can try the next name, also when its caller is
 * inside a transaction (adopting journal rows).
 */
@Singleton
class NameClaimWriter {

    private final DiscoveredNameRepository names;

    NameClaimWriter(DiscoveredNameRepository names) {
        this.names = names;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void insert(DiscoveredNameRow claim) {
        names.save(claim);
    }
}
