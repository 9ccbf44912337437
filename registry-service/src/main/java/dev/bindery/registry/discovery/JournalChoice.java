package dev.bindery.registry.discovery;

import dev.bindery.registry.store.StoreKind;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/**
 * Which discovery journal this registry keeps ({@code bindery.discovery.journal}): {@code file},
 * segment files in {@code bindery.discovery.journal-dir} (by default {@code discovery-journal} in
 * the data directory); {@code database}, the {@code discovery_journal} table, which instances
 * sharing a PostgreSQL database need so that one can adopt the rows of another that stopped; or
 * {@code auto} (the default): the file journal for the embedded H2 file store
 * ({@link StoreKind#EMBEDDED}), which one process owns anyway, the table otherwise.
 */
@Factory
class JournalChoice {

    /** Segments roll over at this size; a merged segment is deleted whatever its size. */
    private static final long SEGMENT_BYTES = 64L * 1024 * 1024;

    @Singleton
    @Primary
    @Bean(preDestroy = "close")
    DiscoveryJournal journal(
            DatabaseJournal database,
            JournalWatermarks watermarks,
            @Value("${bindery.discovery.journal:auto}") String mode,
            @Value("${datasources.default.url:}") String jdbcUrl,
            @Value("${bindery.data-dir:./data}") String dataDir,
            @Value("${bindery.discovery.journal-dir:}") String journalDir) {
        boolean file = switch (mode) {
            case "file" -> true;
            case "database" -> false;
            case "auto" -> StoreKind.of(jdbcUrl) == StoreKind.EMBEDDED;
            default ->
                throw new IllegalArgumentException(
                        "bindery.discovery.journal must be auto, file or database, not " + mode);
        };
        if (!file) {
            return database;
        }
        Path dir = journalDir.isBlank() ? Path.of(dataDir, "discovery-journal") : Path.of(journalDir);
        return new FileJournal(dir, database.instanceId(), watermarks, SEGMENT_BYTES);
    }
}
