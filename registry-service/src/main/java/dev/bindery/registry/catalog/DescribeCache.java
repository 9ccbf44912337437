package dev.bindery.registry.catalog;

import dev.bindery.registry.store.StoreKind;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A cache of DescribeSchema answers, coherent because every change to a schema invalidates it after
 * its transaction completes. It can only see this process's writes, so by default
 * ({@code bindery.read-cache=auto}) it is on for an H2 store in this process (embedded or in memory,
 * see {@link StoreKind}), which no other process writes, and off for a database server such as
 * PostgreSQL, which several instances may share; {@code on} and {@code off} force it.
 *
 * <p>A reader that loaded before a change committed must not put its stale answer after the
 * invalidation: every invalidation advances a generation, and a load is kept only if the
 * generation did not move while it ran.
 */
@Singleton
public class DescribeCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(String registryName, String schemaName, long version) {}

    private final boolean enabled;
    private final ConcurrentHashMap<Key, SchemaVersion> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public DescribeCache(
            @Value("${bindery.read-cache:auto}") String mode, @Value("${datasources.default.url:}") String jdbcUrl) {
        this.enabled = switch (mode.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            case "auto" -> StoreKind.of(jdbcUrl).onlyThisProcessWrites();
            default -> throw new IllegalArgumentException("bindery.read-cache must be auto, on or off, not " + mode);
        };
    }

    public boolean enabled() {
        return enabled;
    }

    /** The cached answer for the version ({@code null}: the latest), else the loader's, kept if still current. */
    SchemaVersion get(String registryName, String schemaName, @Nullable Long version, Supplier<SchemaVersion> loader) {
        if (!enabled) {
            return loader.get();
        }
        Key key = new Key(registryName, schemaName, version == null ? 0 : version);
        SchemaVersion cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        SchemaVersion loaded = loader.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, loaded);
        if (generation.get() != before) {
            entries.remove(key, loaded); // a change completed while loading: the answer may be stale
        }
        return loaded;
    }

    /** After commit or rollback of a transaction that changed a schema or registry. */
    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMPLETION)
    void onChanged(SchemaChanged change) {
        generation.incrementAndGet();
        entries.keySet()
                .removeIf(key -> key.registryName().equals(change.registryName())
                        && (change.schemaName() == null || key.schemaName().equals(change.schemaName())));
    }
}
