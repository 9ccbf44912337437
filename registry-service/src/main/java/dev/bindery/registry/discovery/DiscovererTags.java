package dev.bindery.registry.discovery;

import dev.bindery.registry.catalog.TaggableResources;
import dev.bindery.registry.store.DiscovererRepository;
import dev.bindery.registry.store.DiscovererRow;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Lets TagResource and friends reach discoverers by their ARN. */
@Singleton
class DiscovererTags implements TaggableResources {

    private final DiscovererRepository discoverers;

    DiscovererTags(DiscovererRepository discoverers) {
        this.discoverers = discoverers;
    }

    @Override
    public Optional<String> readTags(String id) {
        return discoverers.findByDiscovererId(id).map(DiscovererRow::tags);
    }

    /** Runs inside TagService's transaction, so the row lock holds until it commits. */
    @Override
    public boolean rewriteTags(String id, UnaryOperator<String> change) {
        Optional<DiscovererRow> row = discoverers.findForUpdate(id);
        row.ifPresent(found -> discoverers.update(found.withTags(change.apply(found.tags()))));
        return row.isPresent();
    }
}
