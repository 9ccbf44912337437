package dev.bindery.registry.discovery;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The discovery journal in the database ({@code discovery_journal}), for registries that share a
 * PostgreSQL database: each request's events appended in one batched insert before the request is
 * answered. Rows belong to this instance
 * ({@code bindery.discovery.instance-id}, by default the host name), numbered by a sequence of its
 * own; the flusher deletes them once their delta is merged into {@code discovered_shape}.
 *
 * <p>Two instances sharing a database must have different ids: an instance replays and deletes the
 * rows of its own id as its own.
 */
@Singleton
class DatabaseJournal implements DiscoveryJournal {

    private static final String COLUMNS =
            "instance_id, seq, schema_name, source, detail_type, event_count, events, written_at";

    private final JdbcOperations jdbc;
    private final String instanceId;

    DatabaseJournal(JdbcOperations jdbc, @Value("${bindery.discovery.instance-id:}") String instanceId) {
        this.jdbc = jdbc;
        this.instanceId = instanceId.isBlank() ? hostName() : instanceId;
        if (this.instanceId.length() > 64) {
            throw new IllegalArgumentException(
                    "bindery.discovery.instance-id is longer than 64 characters: " + this.instanceId);
        }
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    /**
     * Inserts the entries under the given sequence numbers in one batched insert, committed when
     * this returns ({@link JournalAppender} groups the entries of concurrent requests into one call).
     */
    @Transactional
    @Override
    public void insert(List<Entry> entries, long[] seqs) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        jdbc.prepareStatement(
                "INSERT INTO discovery_journal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
                    for (int i = 0; i < entries.size(); i++) {
                        Entry entry = entries.get(i);
                        statement.setString(1, instanceId);
                        statement.setLong(2, seqs[i]);
                        statement.setString(3, entry.schemaName());
                        statement.setString(4, entry.source());
                        statement.setString(5, entry.detailType());
                        statement.setInt(6, entry.events().size());
                        statement.setBytes(7, JournalEvents.encode(entry.events()));
                        statement.setObject(8, now);
                        if (entries.size() == 1) {
                            return statement.executeUpdate();
                        }
                        statement.addBatch();
                    }
                    return statement.executeBatch().length;
                });
    }

    /** This instance's rows of the schema up to {@code upToSeq}, deleted; returns how many there were. */
    @Transactional
    @Override
    public int retireCovered(String schemaName, long upToSeq) {
        return jdbc.prepareStatement(
                "DELETE FROM discovery_journal WHERE instance_id = ? AND schema_name = ? AND seq <= ?", statement -> {
                    statement.setString(1, instanceId);
                    statement.setString(2, schemaName);
                    statement.setLong(3, upToSeq);
                    return statement.executeUpdate();
                });
    }

    /** This instance's rows after {@code afterSeq} up to {@code upToSeq}, at most {@code limit}, in order. */
    @Transactional
    @Override
    public List<Row> ownRows(long afterSeq, long upToSeq, int limit) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM discovery_journal WHERE instance_id = ? AND seq > ? "
                        + "AND seq <= ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY",
                statement -> {
                    statement.setString(1, instanceId);
                    statement.setLong(2, afterSeq);
                    statement.setLong(3, upToSeq);
                    return rows(statement);
                });
    }

    /** This instance's rows of one schema up to {@code upToSeq}. */
    @Transactional
    @Override
    public List<Row> ownRows(String schemaName, long upToSeq) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM discovery_journal WHERE instance_id = ? "
                        + "AND schema_name = ? AND seq <= ? ORDER BY seq",
                statement -> {
                    statement.setString(1, instanceId);
                    statement.setString(2, schemaName);
                    statement.setLong(3, upToSeq);
                    return rows(statement);
                });
    }

    /**
     * Rows of other instances written before {@code cutoff}, locked until the caller's transaction
     * ends; must run in one.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    @Override
    public List<Row> lockAbandoned(Instant cutoff, int limit) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM discovery_journal WHERE instance_id <> ? "
                        + "AND written_at < ? ORDER BY instance_id, seq FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE",
                statement -> {
                    statement.setString(1, instanceId);
                    statement.setObject(2, cutoff.atOffset(ZoneOffset.UTC));
                    return rows(statement);
                });
    }

    /** Rows of every instance, locked until the caller's transaction ends; must run in one. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<Row> lockAll(int limit) {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM discovery_journal ORDER BY instance_id, seq FETCH FIRST " + limit
                        + " ROWS ONLY FOR UPDATE",
                DatabaseJournal::rows);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    @Override
    public void delete(List<Row> rows) {
        jdbc.prepareStatement("DELETE FROM discovery_journal WHERE instance_id = ? AND seq = ?", statement -> {
            for (Row row : rows) {
                statement.setString(1, row.instanceId());
                statement.setLong(2, row.seq());
                statement.addBatch();
            }
            return statement.executeBatch().length;
        });
    }

    /** The highest sequence number of this instance's rows, or 0. */
    @Transactional
    @Override
    public long maxSeq() {
        return jdbc.prepareStatement("SELECT MAX(seq) FROM discovery_journal WHERE instance_id = ?", statement -> {
            statement.setString(1, instanceId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private static List<Row> rows(PreparedStatement statement) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(
                        result.getString(1),
                        result.getLong(2),
                        result.getString(3),
                        result.getString(4),
                        result.getString(5),
                        JournalEvents.decode(result.getBytes(7)),
                        result.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
        return rows;
    }

    /** The host name (its first 64 characters), or {@code local} when the host has none. */
    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() <= 64 ? name : name.substring(0, 64);
        } catch (UnknownHostException e) {
            return "local";
        }
    }
}
