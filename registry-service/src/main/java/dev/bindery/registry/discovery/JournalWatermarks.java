package dev.bindery.registry.discovery;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The merge watermarks of file journals ({@code discovery_journal_watermark}): per journal and
 * schema, the highest sequence number whose rows are merged into the stored shape.
 */
@Singleton
class JournalWatermarks {

    private final JdbcOperations jdbc;

    JournalWatermarks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the schema's watermark to {@code seq}, in the caller's transaction (the merge's). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void advance(String journalId, String schemaName, long seq) {
        int updated = jdbc.prepareStatement(
                "UPDATE discovery_journal_watermark SET seq = GREATEST(seq, ?) "
                        + "WHERE journal_id = ? AND schema_name = ?",
                statement -> {
                    statement.setLong(1, seq);
                    statement.setString(2, journalId);
                    statement.setString(3, schemaName);
                    return statement.executeUpdate();
                });
        if (updated == 0) {
            jdbc.prepareStatement(
                    "INSERT INTO discovery_journal_watermark (journal_id, schema_name, seq) VALUES (?, ?, ?)",
                    statement -> {
                        statement.setString(1, journalId);
                        statement.setString(2, schemaName);
                        statement.setLong(3, seq);
                        return statement.executeUpdate();
                    });
        }
    }

    /** The schema's watermark (0 when none), locked until the caller's transaction (the merge's) ends. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long lockCurrent(String journalId, String schemaName) {
        return jdbc.prepareStatement(
                "SELECT seq FROM discovery_journal_watermark WHERE journal_id = ? " + "AND schema_name = ? FOR UPDATE",
                statement -> {
                    statement.setString(1, journalId);
                    statement.setString(2, schemaName);
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next() ? result.getLong(1) : 0L;
                    }
                });
    }

    /** Whether the database holds watermarks of journals other than {@code journalId}. */
    @Transactional
    public boolean hasOtherJournals(String journalId) {
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM discovery_journal_watermark WHERE journal_id <> ?", statement -> {
                    statement.setString(1, journalId);
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return result.getLong(1) > 0;
                    }
                });
    }

    /** Every schema's watermark in the journal. */
    @Transactional
    public Map<String, Long> all(String journalId) {
        return jdbc.prepareStatement(
                "SELECT schema_name, seq FROM discovery_journal_watermark WHERE journal_id = ?", statement -> {
                    statement.setString(1, journalId);
                    Map<String, Long> watermarks = new HashMap<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            watermarks.put(result.getString(1), result.getLong(2));
                        }
                    }
                    return watermarks;
                });
    }
}
