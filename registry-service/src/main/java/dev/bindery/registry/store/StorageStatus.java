package dev.bindery.registry.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.bindery.registry.config.StorageSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the registry knows about its storage: the last storage failure a write met, and for the
 * embedded H2 store (one file system holds the database and the file journal) whether the data
 * directory can be written and keeps its free-space reserve.
 *
 * <p>When a write fails for lack of space, H2 closes the database; the pool's connections are then
 * dead. They are evicted at once, so the next request opens the database again and reads go on.
 */
@Singleton
public final class StorageStatus {

    private static final Logger LOG = LoggerFactory.getLogger(StorageStatus.class);

    private final DataSource dataSource;
    private final StorageSettings settings;
    private final Path dataDir;
    private final boolean embedded;
    private final Clock clock = Clock.systemUTC();
    /** The last storage failure; replaced whole, read without locking. */
    private volatile Recorded last;

    /** A storage failure and when it happened. */
    public record Recorded(StorageFailure kind, Instant at) {}

    StorageStatus(
            DataSource dataSource,
            StorageSettings settings,
            @Value("${bindery.data-dir:./data}") String dataDir,
            @Value("${datasources.default.url:}") String jdbcUrl) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.dataDir = Path.of(dataDir);
        this.embedded = StoreKind.of(jdbcUrl) == StoreKind.EMBEDDED;
    }

    /**
     * Records the failure if it is a storage failure, and returns its kind; logs it (with the
     * stack trace when the kind changes or the last one is older than the failure window).
     */
    public Optional<StorageFailure> failed(Throwable failure) {
        Optional<StorageFailure> kind = StorageFailure.of(failure);
        kind.ifPresent(k -> {
            Recorded previous = last;
            Instant now = clock.instant();
            last = new Recorded(k, now);
            if (previous == null
                    || previous.kind() != k
                    || previous.at().plus(settings.failureWindow()).isBefore(now)) {
                LOG.error("Storage failure: {}; writes are refused with 503 while it lasts", k.reason(), failure);
            } else {
                LOG.warn("Storage failure: {} ({})", k.reason(), failure.toString());
            }
            if (embedded && k != StorageFailure.READ_ONLY) {
                reopenEmbedded();
            }
        });
        return kind;
    }

    /** The last storage failure, if it happened within the failure window. */
    public Optional<Recorded> recentFailure() {
        Recorded recorded = last;
        if (recorded == null || recorded.at().plus(settings.failureWindow()).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(recorded);
    }

    /**
     * Why the embedded store cannot take a write now (its data directory is not writable, or the free
     * space is below the reserve), checked before a write reaches H2; empty for PostgreSQL.
     */
    public Optional<StorageFailure> refusesWrites() {
        if (!embedded) {
            return Optional.empty();
        }
        if (!Files.isWritable(dataDir)) {
            return Optional.of(StorageFailure.READ_ONLY);
        }
        return freeSpace() < settings.minFreeSpace() ? Optional.of(StorageFailure.FULL) : Optional.empty();
    }

    /** Bytes free for the data directory; unknown counts as plenty. */
    public long freeSpace() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Whether the store is {@link StoreKind#EMBEDDED}. */
    public boolean embedded() {
        return embedded;
    }

    public long minFreeSpace() {
        return settings.minFreeSpace();
    }

    private void reopenEmbedded() {
        try {
            DataSource target = DelegatingDataSource.unwrapDataSource(dataSource);
            if (target.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = target.unwrap(HikariDataSource.class);
                if (pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warn("could not evict the connections of the closed embedded database: {}", e.toString());
        }
    }
}
