package dev.bindery.registry.discovery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code discovered_sample}: the stored samples of {@link EventSamples}, newest by id. SQL that H2 and PostgreSQL
 * both run.
 */
@Singleton
class SampleTable {

    /** One sample to store. */
    record Row(String envelope, Instant observedAt) {}

    /** Deletes a schema's rows older than its {@code keep} newest (none when it has no more). */
    private static final String TRIM = "DELETE FROM discovered_sample WHERE schema_name = ? AND id <= "
            + "(SELECT id FROM discovered_sample WHERE schema_name = ? ORDER BY id DESC OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY)";

    /** Schema names per query. */
    private static final int CHUNK = 100;

    private final JdbcOperations jdbc;

    SampleTable(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends each schema's rows, oldest first, and trims the schema to its {@code keep} newest. */
    @Transactional
    public void append(Map<String, List<Row>> bySchema, int keep) {
        jdbc.prepareStatement(
                "INSERT INTO discovered_sample (schema_name, observed_at, envelope) VALUES (?, ?, ?)", statement -> {
                    for (Map.Entry<String, List<Row>> schema : bySchema.entrySet()) {
                        for (Row row : schema.getValue()) {
                            statement.setString(1, schema.getKey());
                            statement.setObject(
                                    2,
                                    OffsetDateTime.ofInstant(
                                            row.observedAt().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
                            statement.setString(3, row.envelope());
                            statement.addBatch();
                        }
                    }
                    return statement.executeBatch();
                });
        trim(bySchema.keySet(), keep);
    }

    /** Brings every schema within its {@code keep} newest rows; deletes all with 0. */
    @Transactional
    public void trimAll(int keep) {
        if (keep == 0) {
            jdbc.prepareStatement("DELETE FROM discovered_sample", statement -> statement.executeUpdate());
            return;
        }
        List<String> over = jdbc.prepareStatement(
                "SELECT schema_name FROM discovered_sample GROUP BY schema_name " + "HAVING COUNT(*) > ?",
                statement -> {
                    statement.setInt(1, keep);
                    List<String> names = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            names.add(rows.getString(1));
                        }
                    }
                    return names;
                });
        if (!over.isEmpty()) {
            trim(over, keep);
        }
    }

    private void trim(Collection<String> schemaNames, int keep) {
        jdbc.prepareStatement(TRIM, statement -> {
            for (String schemaName : schemaNames) {
                statement.setString(1, schemaName);
                statement.setString(2, schemaName);
                statement.setInt(3, keep);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /**
     * The newest {@code limit} samples of each of the schemas, newest first (the table holds about that many of each:
     * every write trims). Names are read a chunk at a time.
     */
    @Transactional(readOnly = true)
    public Map<String, List<EventSamples.Sample>> newest(Collection<String> schemaNames, int limit) {
        Map<String, List<EventSamples.Sample>> bySchema = new HashMap<>();
        List<String> names = List.copyOf(new TreeSet<>(schemaNames));
        for (int from = 0; from < names.size(); from += CHUNK) {
            List<String> chunk = names.subList(from, Math.min(names.size(), from + CHUNK));
            jdbc.prepareStatement(
                    "SELECT schema_name, envelope, observed_at FROM discovered_sample WHERE schema_name IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY id DESC",
                    statement -> {
                        for (int i = 0; i < chunk.size(); i++) {
                            statement.setString(i + 1, chunk.get(i));
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                List<EventSamples.Sample> samples =
                                        bySchema.computeIfAbsent(rows.getString(1), k -> new ArrayList<>());
                                if (samples.size() < limit) {
                                    samples.add(new EventSamples.Sample(
                                            rows.getString(2),
                                            rows.getObject(3, OffsetDateTime.class)
                                                    .toInstant()));
                                }
                            }
                        }
                        return null;
                    });
        }
        return bySchema;
    }
}
