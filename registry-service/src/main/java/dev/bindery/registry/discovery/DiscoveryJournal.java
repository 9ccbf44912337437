package dev.bindery.registry.discovery;

import java.time.Instant;
import java.util.List;

/**
 * What each ingestion request taught discovery, appended before the request is answered and
 * folded into this instance's in-memory deltas; the flusher merges a delta into
 * {@code discovered_shape} and, in the same transaction, marks the journal rows it covers. Rows
 * belong to this instance and are numbered by a sequence of its own that is never reused.
 *
 * <p>Two implementations: {@link DatabaseJournal} (a table, for instances sharing a PostgreSQL
 * database, which can adopt each other's rows) and {@link FileJournal} (segment files beside the
 * embedded store, which one process owns). {@link JournalChoice} picks one.
 */
interface DiscoveryJournal {

    /** Rows to append: the events of one request for one schema. */
    record Entry(String schemaName, String source, String detailType, List<ObservedEvent> events) {}

    /** A stored row. */
    record Row(
            String instanceId,
            long seq,
            String schemaName,
            String source,
            String detailType,
            List<ObservedEvent> events,
            Instant writtenAt) {}

    String instanceId();

    /**
     * Appends the entries under the given sequence numbers; they are durable when this returns
     * ({@link JournalAppender} groups the entries of concurrent requests into one call).
     */
    void insert(List<Entry> entries, long[] seqs);

    /**
     * Within the transaction that merged the schema's delta: retires this instance's rows of the
     * schema up to {@code upToSeq} (the table deletes them, the file journal raises the schema's
     * watermark); returns how many rows that were.
     */
    int retireCovered(String schemaName, long upToSeq);

    /** Called once the transaction of {@link #retireCovered} committed. */
    default void committed(String schemaName, long upToSeq) {}

    /** This instance's rows after {@code afterSeq} up to {@code upToSeq}, at most {@code limit}, in order. */
    List<Row> ownRows(long afterSeq, long upToSeq, int limit);

    /** This instance's rows of one schema up to {@code upToSeq}. */
    List<Row> ownRows(String schemaName, long upToSeq);

    /**
     * Rows of other instances written before {@code cutoff}, locked until the caller's transaction
     * ends; must run in one.
     */
    List<Row> lockAbandoned(Instant cutoff, int limit);

    /** Deletes rows returned by {@link #lockAbandoned}, in the same transaction. */
    void delete(List<Row> rows);

    /** The highest sequence number this instance ever used, or 0. */
    long maxSeq();

    /** Releases files and channels; called when the registry stops. */
    default void close() {}
}
