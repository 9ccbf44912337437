package dev.bindery.registry.discovery;

import dev.bindery.registry.discovery.inference.InvalidEventException;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.store.DiscoveredShapeRepository;
import dev.bindery.registry.store.DiscoveredShapeRow;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges what was learned into the persisted shape of a schema, under the shape row's lock:
 * instances sharing a database take turns per schema, and because the merge is commutative, the
 * order in which they do does not change what is learned.
 */
@Singleton
public class ShapeStore {

    /** The width of {@code discovered_shape.version_problem}. */
    private static final int MAX_PROBLEM = 1024;

    private final DiscoveredShapeRepository shapes;
    private final DiscoveryJournal journal;
    private final DatabaseJournal table;
    private final SchemaNameClaims names;
    private final JdbcOperations jdbc;
    private final Clock clock;

    ShapeStore(
            DiscoveredShapeRepository shapes,
            DiscoveryJournal journal,
            DatabaseJournal table,
            SchemaNameClaims names,
            JdbcOperations jdbc,
            Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.shapes = shapes;
        this.journal = journal;
        this.table = table;
        this.names = names;
    }

    /** The shape of a schema before and after a merge. */
    public record Merged(String schemaName, ShapeSnapshot before, ShapeSnapshot after) {

        public boolean learned() {
            return after.eventCount() > before.eventCount();
        }
    }

    /**
     * Thrown when fewer journal rows were left to delete than a delta covers: another instance
     * adopted some of them, and the delta must be rebuilt from the rows that remain.
     */
    static final class JournalChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JournalChanged(String schemaName, long expected, long found) {
            super("journal rows of " + schemaName + " changed under this instance: " + expected + " expected, " + found
                    + " found");
        }
    }

    /**
     * Merges this instance's delta of one schema into the stored shape, under the shape row's lock,
     * and deletes the journal rows the delta covers, in one transaction. What those rows taught other
     * schemas (rows filed under this name before names were claimed per kind) is merged into theirs in
     * the same transaction, so it too is learned exactly once. Shape rows are locked in name order.
     *
     * @return the merges, this schema's first (none when the delta holds no event of its own kind)
     * @throws JournalChanged (rolling back) when the delta no longer matches the journal
     */
    @Transactional
    public List<Merged> merge(ShapeDeltas.Taken taken) {
        Map<String, ShapeSnapshot> parts = new TreeMap<>(taken.others());
        if (taken.source() != null) {
            parts.put(taken.schemaName(), taken.delta());
        }
        List<Merged> merged = new ArrayList<>();
        parts.forEach((schemaName, delta) -> {
            Merged one = mergeLocked(schemaName, delta.source(), delta.detailType(), delta);
            if (schemaName.equals(taken.schemaName())) {
                merged.add(0, one);
            } else {
                merged.add(one);
            }
        });
        int deleted = journal.retireCovered(taken.schemaName(), taken.watermark());
        if (deleted != taken.rows()) {
            throw new JournalChanged(taken.schemaName(), taken.rows(), deleted);
        }
        return merged;
    }

    /**
     * Merges deltas learned from a log that keeps its own positions ({@link LogDiscovery}) into the
     * stored shapes, locking shape rows in name order, and runs {@code alsoInTransaction} (which
     * stores the positions) in the same transaction: what was learned and how far it was read commit
     * together or not at all.
     *
     * @throws RuntimeException whatever {@code alsoInTransaction} throws, rolling everything back
     */
    @Transactional
    public List<Merged> mergeWith(Map<String, ShapeSnapshot> deltas, Runnable alsoInTransaction) {
        List<Merged> merged = new ArrayList<>();
        new TreeMap<>(deltas)
                .forEach((schemaName, delta) ->
                        merged.add(mergeLocked(schemaName, delta.source(), delta.detailType(), delta)));
        alsoInTransaction.run();
        return merged;
    }

    /**
     * Adopts journal rows that other instances wrote before {@code cutoff} and never flushed:
     * infers their events, merges them into the stored shapes and deletes them, in one transaction
     * that holds the rows' locks, so two adopters never count a row twice.
     */
    @Transactional
    public List<Merged> adoptAbandoned(Instant cutoff, int limit) {
        List<DiscoveryJournal.Row> rows = journal.lockAbandoned(cutoff, limit);
        List<Merged> merged = mergeRows(rows);
        journal.delete(rows);
        return merged;
    }

    /**
     * Merges and deletes rows left in the journal table, of any instance, when this registry keeps
     * another journal: an earlier version journalled there and stopped before flushing them.
     */
    @Transactional
    public List<Merged> drainTable(int limit) {
        if (journal == table) {
            return List.of();
        }
        List<DiscoveryJournal.Row> rows = table.lockAll(limit);
        List<Merged> merged = mergeRows(rows);
        table.delete(rows);
        return merged;
    }

    /**
     * Infers the rows' events and merges them into the stored shapes of their kinds' names (which may
     * differ from the name a row is filed under, see {@link #merge}), locking shape rows in name order.
     */
    private List<Merged> mergeRows(List<DiscoveryJournal.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, ShapeAccumulator> bySchema = new TreeMap<>();
        for (DiscoveryJournal.Row row : rows) {
            Optional<String> schemaName = names.learnableName(row.source(), row.detailType());
            if (schemaName.isEmpty()) {
                continue; // retired unlearned
            }
            ShapeAccumulator accumulator = bySchema.computeIfAbsent(
                    schemaName.get(), k -> ShapeAccumulator.forEnvelope(row.source(), row.detailType()));
            fold(accumulator, row.events());
        }
        List<Merged> merged = new ArrayList<>();
        bySchema.forEach((schemaName, accumulator) -> {
            ShapeSnapshot delta = accumulator.snapshot();
            merged.add(mergeLocked(schemaName, delta.source(), delta.detailType(), delta));
        });
        return merged;
    }

    /** Folds journalled events, skipping those the engine refuses (it refused them when they arrived). */
    static void fold(ShapeAccumulator accumulator, List<ObservedEvent> events) {
        for (ObservedEvent event : events) {
            try {
                accumulator.add(event.envelope(), Instant.ofEpochMilli(event.time()));
            } catch (InvalidEventException refusedOnArrival) {
                // answered MalformedDetail when it arrived; nothing to learn
            }
        }
    }

    private Merged mergeLocked(String schemaName, String source, String detailType, ShapeSnapshot delta) {
        Optional<DiscoveredShapeRow> stored = shapes.findForUpdate(schemaName);
        ShapeSnapshot before = stored.map(row -> ShapeSnapshot.fromJson(row.state()))
                .orElseGet(() -> ShapeSnapshot.empty(source, detailType));
        if (delta.eventCount() == 0) {
            return new Merged(schemaName, before, before);
        }
        ShapeSnapshot after = before.merge(delta);
        DiscoveredShapeRow row = new DiscoveredShapeRow(
                schemaName,
                source,
                detailType,
                after.toJson(),
                after.eventCount(),
                now(),
                stored.map(DiscoveredShapeRow::pendingSince).orElse(null));
        if (stored.isPresent()) {
            shapes.update(row);
        } else {
            shapes.save(row);
        }
        return new Merged(schemaName, before, after);
    }

    public Optional<ShapeSnapshot> find(String schemaName) {
        return shapes.findById(schemaName).map(row -> ShapeSnapshot.fromJson(row.state()));
    }

    /** Notes that the schema changed and waits for its window; keeps the first time it did. */
    public void markPending(String schemaName) {
        shapes.markPending(schemaName, now());
    }

    /** Notes that the schema's latest version is current (nothing pending, no problem). */
    public void clearPending(String schemaName) {
        shapes.clearPending(schemaName);
    }

    /**
     * Notes that discovery wrote the schema's latest version at {@code at}, the {@code streak}-th in a
     * row (see {@link VersionCadence}); nothing pending, no problem.
     */
    void versioned(String schemaName, Instant at, int streak) {
        shapes.versioned(schemaName, at, streak);
    }

    /** When the schema last learned an event, and when discovery last versioned it; empty without a shape. */
    @Transactional(readOnly = true)
    Optional<VersionCadence.Timing> timing(String schemaName) {
        return jdbc.prepareStatement(
                "SELECT updated_at, versioned_at, version_streak FROM discovered_shape " + "WHERE schema_name = ?",
                statement -> {
                    statement.setString(1, schemaName);
                    try (ResultSet rows = statement.executeQuery()) {
                        if (!rows.next()) {
                            return Optional.<VersionCadence.Timing>empty();
                        }
                        OffsetDateTime versionedAt = rows.getObject(2, OffsetDateTime.class);
                        return Optional.of(new VersionCadence.Timing(
                                rows.getObject(1, OffsetDateTime.class).toInstant(),
                                versionedAt == null ? null : versionedAt.toInstant(),
                                rows.getInt(3)));
                    }
                });
    }

    /** The discovery clock's time, to the millisecond as stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Notes why the schema's current shape cannot be versioned, until a later shape can; nothing
     * waits for a window meanwhile.
     */
    public void versionProblem(String schemaName, String problem) {
        shapes.setVersionProblem(
                schemaName, problem.length() <= MAX_PROBLEM ? problem : problem.substring(0, MAX_PROBLEM - 1) + "…");
    }

    /** Why the schema's current shape is not versioned, if it cannot be. */
    @Transactional(readOnly = true)
    public Optional<String> versionProblem(String schemaName) {
        return jdbc.prepareStatement(
                "SELECT version_problem FROM discovered_shape WHERE schema_name = ?", statement -> {
                    statement.setString(1, schemaName);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                    }
                });
    }

    /** Schemas whose changes wait to be published. */
    public List<String> pending() {
        return shapes.pendingNames();
    }
}
