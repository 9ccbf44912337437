package dev.bindery.registry.discovery;

import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.store.StorageStatus;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes what this instance learned into {@code discovered_shape}: every
 * {@code bindery.discovery.flush-interval}, before a read of discovered schemas, when a request
 * brings a schema this instance has not stored yet, and on an orderly shutdown. Each schema's delta
 * is merged under the shape row's lock and the journal rows it covers are retired in the same
 * transaction; then the schema's version is published as before ({@link DiscoveredVersions}), and the
 * events sampled since the last flush, and the buses new schemas were seen on, are stored
 * ({@link EventSamples}, {@link SchemaBuses}).
 *
 * <p>Flushes run one at a time. Journal rows of other instances older than
 * {@code bindery.discovery.adopt-after} (10 min) are adopted: merged and deleted by this instance
 * (checked every {@code bindery.discovery.adopt-check-interval}, 1 min). A live instance flushes its
 * rows within seconds, so such rows belong to an instance that stopped and did not come back under
 * its id; should it come back after all, its flush finds rows missing and rebuilds its delta from
 * the rows left, so nothing is counted twice.
 */
@Singleton
public class ShapeFlusher {

    private static final Logger LOG = LoggerFactory.getLogger(ShapeFlusher.class);
    private static final int ADOPT_BATCH = 500;

    private final ShapeDeltas deltas;
    private final ShapeStore shapes;
    private final DiscoveryJournal journal;
    private final DiscoveredVersions versions;
    private final SchemaNameClaims names;
    private final Duration adoptAfter;
    private final StorageStatus storage;
    private final EventSamples samples;
    private final SchemaBuses buses;
    private final ReentrantLock flushing = new ReentrantLock();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    ShapeFlusher(
            ShapeDeltas deltas,
            ShapeStore shapes,
            DiscoveryJournal journal,
            DiscoveredVersions versions,
            SchemaNameClaims names,
            @Value("${bindery.discovery.adopt-after:10m}") Duration adoptAfter,
            StorageStatus storage,
            EventSamples samples,
            SchemaBuses buses) {
        this.samples = samples;
        this.buses = buses;
        this.names = names;
        this.deltas = deltas;
        this.shapes = shapes;
        this.journal = journal;
        this.versions = versions;
        this.adoptAfter = adoptAfter;
        this.storage = storage;
    }

    @Scheduled(
            fixedDelay = "${bindery.discovery.flush-interval:1s}",
            initialDelay = "${bindery.discovery.flush-interval:1s}")
    void flushScheduled() {
        flush();
    }

    /** Looks for abandoned journal rows (a scan of the journal, so not with every flush). */
    @Scheduled(fixedDelay = "${bindery.discovery.adopt-check-interval:1m}", initialDelay = "10s")
    void adoptScheduled() {
        adoptAbandoned();
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        flush();
    }

    /** Whether this instance flushed the schema's shape at least once (so its first version exists). */
    boolean hasStored(String schemaName) {
        return stored.contains(schemaName);
    }

    /**
     * Records a request's events ({@code record}) and flushes, with no other recording-and-flush or flush in
     * between: so the versions written are this request's change alone (a zero version window). Requests that
     * do this run one at a time.
     */
    <T> T recordAndFlushAlone(Supplier<T> record) {
        flushing.lock();
        try {
            T result = record.get();
            flush();
            return result;
        } finally {
            flushing.unlock();
        }
    }

    /**
     * Merges every delta into the store and publishes what changed. A delta whose merge fails is
     * kept for the next flush (its journal rows are still there) and the failure logged; it never
     * keeps another schema's delta from being merged, and this never throws (a request that
     * journalled its events answers success whatever a flush meets). While the embedded store
     * refuses writes (no free space above the reserve, a read-only directory) nothing is merged:
     * the deltas wait, their events safe in the journal.
     */
    public void flush() {
        if (storage.refusesWrites().isPresent()) {
            return;
        }
        flushing.lock();
        try {
            for (ShapeDeltas.Taken taken : deltas.takeAll()) {
                flushOne(taken);
            }
            samples.flush();
            buses.flush();
        } catch (RuntimeException e) {
            LOG.warn("Discovered shapes were not flushed; retrying with the next flush: {}", e.toString());
        } finally {
            flushing.unlock();
        }
    }

    private void flushOne(ShapeDeltas.Taken taken) {
        List<ShapeStore.Merged> merged;
        try {
            merged = mergeRetrying(taken);
        } catch (RuntimeException e) {
            storage.failed(e);
            LOG.warn(
                    "Discovered shape of {} was not flushed; retrying with the next flush: {}",
                    taken.schemaName(),
                    e.toString());
            try {
                deltas.restore(taken);
            } catch (RuntimeException lost) {
                LOG.error(
                        "Discovered shape of {} could not be kept for the next flush; its journal rows are "
                                + "learned at the next start: {}",
                        taken.schemaName(),
                        lost.toString());
            }
            return;
        }
        journal.committed(taken.schemaName(), taken.watermark());
        for (ShapeStore.Merged one : merged) {
            if (one.after().eventCount() > 0) {
                stored.add(one.schemaName());
            }
            publish(one);
        }
    }

    /**
     * Merges a delta; retries once when the first insert of a new schema's row raced another
     * instance, and rebuilds the delta from the journal when another instance adopted some of its rows.
     */
    private List<ShapeStore.Merged> mergeRetrying(ShapeDeltas.Taken taken) {
        try {
            return shapes.merge(taken);
        } catch (DataAccessException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            return shapes.merge(taken);
        } catch (ShapeStore.JournalChanged e) {
            LOG.warn("{}; rebuilding the delta from the journal rows left", e.getMessage());
            return shapes.merge(rebuilt(taken));
        }
    }

    /** The delta of the schema's journal rows left, each row's events learned for its kind's name. */
    private ShapeDeltas.Taken rebuilt(ShapeDeltas.Taken taken) {
        List<DiscoveryJournal.Row> rows = journal.ownRows(taken.schemaName(), taken.watermark());
        ShapeAccumulator own = null;
        Map<String, ShapeAccumulator> others = new TreeMap<>();
        for (DiscoveryJournal.Row row : rows) {
            String name = names.learnableName(row.source(), row.detailType()).orElse(null);
            if (name == null) {
                continue;
            }
            ShapeAccumulator accumulator;
            if (name.equals(taken.schemaName())) {
                own = own != null ? own : ShapeAccumulator.forEnvelope(row.source(), row.detailType());
                accumulator = own;
            } else {
                accumulator =
                        others.computeIfAbsent(name, k -> ShapeAccumulator.forEnvelope(row.source(), row.detailType()));
            }
            ShapeStore.fold(accumulator, row.events());
        }
        Map<String, ShapeSnapshot> learnedElsewhere = new TreeMap<>();
        others.forEach((name, accumulator) -> learnedElsewhere.put(name, accumulator.snapshot()));
        ShapeSnapshot delta =
                own != null ? own.snapshot() : ShapeAccumulator.forSamples().snapshot();
        return new ShapeDeltas.Taken(
                taken.schemaName(),
                delta.source(),
                delta.detailType(),
                delta,
                taken.watermark(),
                rows.size(),
                learnedElsewhere);
    }

    /** Adopts rows of instances that have not flushed them for {@code adopt-after}, a batch at a time. */
    void adoptAbandoned() {
        flushing.lock();
        try {
            List<ShapeStore.Merged> merged;
            do {
                merged = shapes.adoptAbandoned(Instant.now().minus(adoptAfter), ADOPT_BATCH);
                if (!merged.isEmpty()) {
                    LOG.info("Adopted unflushed journal rows of other instances for {} schemas", merged.size());
                }
                merged.forEach(this::publish);
            } while (!merged.isEmpty());
        } catch (RuntimeException e) {
            LOG.warn("Journal rows of other instances were not adopted: {}", e.toString());
        } finally {
            flushing.unlock();
        }
    }

    /**
     * Merges the rows an earlier version left in the journal table, when this registry keeps a file
     * journal (start-up, before the replay); a failure is logged and the rows stay for the next start.
     */
    void drainTable() {
        flushing.lock();
        try {
            List<ShapeStore.Merged> merged;
            do {
                merged = shapes.drainTable(ADOPT_BATCH);
                if (!merged.isEmpty()) {
                    LOG.info("Merged discovery journal rows left in the journal table for {} schemas", merged.size());
                }
                merged.forEach(this::publish);
            } while (!merged.isEmpty());
        } catch (RuntimeException e) {
            LOG.warn("Discovery journal rows left in the journal table were not merged: {}", e.toString());
        } finally {
            flushing.unlock();
        }
    }

    /** Publishing never fails a flush: the shape is stored, and the next change or pending check retries. */
    void publish(ShapeStore.Merged merged) {
        if (!merged.learned()) {
            return;
        }
        try {
            versions.publish(merged.schemaName(), merged.after());
        } catch (RuntimeException e) {
            LOG.warn("Discovered schema {} was not versioned: {}", merged.schemaName(), e.getMessage());
            try {
                shapes.versionProblem(
                        merged.schemaName(),
                        "The inferred document was not written as a version: "
                                + (e.getMessage() != null ? e.getMessage() : e.toString()));
            } catch (RuntimeException alsoFailed) {
                LOG.warn(
                        "Why discovered schema {} was not versioned was not recorded: {}",
                        merged.schemaName(),
                        alsoFailed.toString());
            }
        }
    }
}
