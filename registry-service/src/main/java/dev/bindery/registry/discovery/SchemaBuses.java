package dev.bindery.registry.discovery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which buses each discovered schema's events arrived on ({@code discovered_bus}): a request notes a pair in memory
 * when this instance has not stored it yet (no I/O), and each discovery flush inserts the new pairs. Schema names do
 * not carry the bus, so this is how the pattern lint narrows discovered schemas to one bus's.
 */
@Singleton
public class SchemaBuses {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaBuses.class);

    /** A schema seen on a bus. */
    private record Pair(String schemaName, String busName) {}

    /** Pairs this instance stored or found stored: a cache, bounded by the discovered schemas times the buses. */
    private final Set<Pair> stored = ConcurrentHashMap.newKeySet();
    /** Pairs noted since the last flush. */
    private final Set<Pair> pending = ConcurrentHashMap.newKeySet();

    private final JdbcOperations jdbc;

    SchemaBuses(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes that an event of the schema arrived on the bus; cheap, no I/O. */
    void offer(String schemaName, String busName) {
        Pair pair = new Pair(schemaName, busName);
        if (!stored.contains(pair)) {
            pending.add(pair);
        }
    }

    /** Stores the pairs noted since the last flush; never throws (what fails is tried again with the next flush). */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Pair> taken = List.copyOf(pending);
        try {
            insertMissing(taken);
            taken.forEach(pending::remove);
            stored.addAll(taken);
        } catch (RuntimeException e) { // e.g. another instance inserted one of them first; the next flush skips it
            LOG.warn("The buses of discovered schemas were not stored; retrying with the next flush: {}", e.toString());
        }
    }

    @Transactional
    protected void insertMissing(List<Pair> pairs) {
        jdbc.prepareStatement(
                "INSERT INTO discovered_bus (schema_name, bus_name) SELECT ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM discovered_bus WHERE schema_name = ? AND bus_name = ?)",
                statement -> {
                    for (Pair pair : pairs) {
                        statement.setString(1, pair.schemaName());
                        statement.setString(2, pair.busName());
                        statement.setString(3, pair.schemaName());
                        statement.setString(4, pair.busName());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    /** Every discovered schema's buses, by schema name; a schema discovered before buses were recorded is absent. */
    @Transactional(readOnly = true)
    public Map<String, Set<String>> all() {
        return jdbc.prepareStatement("SELECT schema_name, bus_name FROM discovered_bus", statement -> {
            Map<String, Set<String>> buses = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    buses.computeIfAbsent(rows.getString(1), k -> new TreeSet<>())
                            .add(rows.getString(2));
                }
            }
            return buses;
        });
    }
}
