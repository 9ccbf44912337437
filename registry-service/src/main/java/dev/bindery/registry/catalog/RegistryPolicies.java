package dev.bindery.registry.catalog;

import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.policy.Decision;
import dev.bindery.registry.policy.InvalidPolicyException;
import dev.bindery.registry.policy.Request;
import dev.bindery.registry.policy.ResourcePolicy;
import dev.bindery.registry.store.PolicyRepository;
import dev.bindery.registry.store.PolicyRow;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resource policies of registries as the authorizer sees them: {@link #decide} on every request,
 * from a cache of parsed policies, so the hot path costs a map lookup and the evaluation, no query.
 *
 * <p><b>Coherence.</b> This process's puts and deletes invalidate their registry after their
 * transaction completes ({@link PolicyChanged}; {@link SchemaChanged} without a schema for a deleted
 * registry), and a load that overlapped an invalidation is not kept. Writes through other instances
 * sharing the PostgreSQL database are not seen that way: every entry is reloaded once it is older
 * than {@code bindery.policy-cache-ttl} (default 5s), which bounds how long another instance's change
 * takes to apply here. {@code 0s} reads the database on every request.
 *
 * <p><b>Failing closed.</b> A stored policy that no longer parses (stored before puts were checked)
 * decides {@link Decision#DENY} for every request until it is replaced or deleted, and a warning
 * names its registry once per revision.
 */
@Singleton
public class RegistryPolicies {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryPolicies.class);
    private static final int MAX_ENTRIES = 10_000;

    /** A registry's policy as loaded: absent, parsed, or {@code unreadable}; {@code loadedAt} in clock nanos. */
    private record Entry(@Nullable ResourcePolicy policy, boolean unreadable, long loadedAt) {}

    private final Function<String, Optional<PolicyRow>> loader;
    private final String accountId;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    @Inject
    public RegistryPolicies(
            PolicyRepository policies, AwsIdentity identity, @Value("${bindery.policy-cache-ttl:5s}") Duration ttl) {
        this(policies::findOfRegistryNamed, identity.accountId(), ttl, System::nanoTime);
    }

    RegistryPolicies(Function<String, Optional<PolicyRow>> loader, String accountId, Duration ttl, LongSupplier clock) {
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("bindery.policy-cache-ttl must not be negative, not " + ttl);
        }
        this.loader = loader;
        this.accountId = accountId;
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    /**
     * What the resource policy of {@code registryName} says about the request: {@link Decision#NONE}
     * if it has none (or the registry does not exist), {@link Decision#DENY} if its stored policy is
     * unreadable.
     *
     * @param principalArn the caller, {@code arn:aws:iam::<account>:user/<name>}
     * @param action       e.g. {@code schemas:DescribeSchema}
     * @param resourceArn  the registry's or one of its schemas' ARN, in this registry's account
     * @throws IllegalArgumentException if the ARNs are malformed or the resource is of another account
     */
    public Decision decide(String registryName, String principalArn, String action, String resourceArn) {
        return evaluate(entry(registryName), principalArn, action, resourceArn);
    }

    /**
     * As {@link #decide}, but only from a fresh cache entry, without asking the store: empty when
     * this instance does not hold the registry's policy (or its absence) fresh.
     */
    public Optional<Decision> decideFromCache(
            String registryName, String principalArn, String action, String resourceArn) {
        return cached(registryName, clock.getAsLong()).map(entry -> evaluate(entry, principalArn, action, resourceArn));
    }

    private Decision evaluate(Entry entry, String principalArn, String action, String resourceArn) {
        Request request = new Request(principalArn, accountId, action, resourceArn);
        if (entry.unreadable()) {
            return Decision.DENY;
        }
        return entry.policy() == null ? Decision.NONE : entry.policy().evaluate(request);
    }

    private Optional<Entry> cached(String registryName, long now) {
        Entry cached = entries.get(registryName);
        return cached != null && now - cached.loadedAt() < ttlNanos ? Optional.of(cached) : Optional.empty();
    }

    private Entry entry(String registryName) {
        long now = clock.getAsLong();
        Optional<Entry> cached = cached(registryName, now);
        if (cached.isPresent()) {
            return cached.get();
        }
        long before = generation.get();
        Entry loaded = load(registryName, now);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(registryName, loaded);
        if (generation.get() != before) {
            entries.remove(registryName, loaded); // a change completed while loading: the entry may be stale
        }
        return loaded;
    }

    private Entry load(String registryName, long now) {
        Optional<PolicyRow> row = loader.apply(registryName);
        if (row.isEmpty()) {
            return new Entry(null, false, now);
        }
        try {
            return new Entry(ResourcePolicy.parse(row.get().policy()), false, now);
        } catch (InvalidPolicyException e) {
            if (warned.add(registryName + '\n' + row.get().revisionId())) {
                LOG.warn(
                        "The resource policy of registry {} (revision {}) is outside the subset Bindery enforces, "
                                + "so it denies every request until an admin replaces or deletes it: {}",
                        registryName,
                        row.get().revisionId(),
                        e.getMessage());
            }
            return new Entry(null, true, now);
        }
    }

    /** After commit or rollback of a transaction that put or deleted a policy. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMPLETION)
    void onPolicyChanged(PolicyChanged change) {
        invalidate(change.registryName());
    }

    /** After commit or rollback of a transaction that deleted a registry (and with it its policy). */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMPLETION)
    void onSchemaChanged(SchemaChanged change) {
        if (change.schemaName() == null) {
            invalidate(change.registryName());
        }
    }

    private void invalidate(String registryName) {
        generation.incrementAndGet();
        entries.remove(registryName);
    }
}
