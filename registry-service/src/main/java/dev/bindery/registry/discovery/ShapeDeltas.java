package dev.bindery.registry.discovery;

import dev.bindery.registry.discovery.inference.InvalidEventException;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * What this instance learned since its last flush, per schema: up to eight bounded accumulators
 * (the engine bounds each one's memory), the highest journal sequence number folded into them and
 * how many journal rows they cover.
 *
 * <p>Appending to the journal and folding into a delta happen inside {@link #recording}, and
 * {@link #takeAll()} waits for those to finish: so a taken delta covers exactly this instance's
 * journal rows of its schema up to its watermark, and later rows have higher numbers.
 *
 * <p>Each schema's delta is striped: concurrent requests of one schema fold into different
 * accumulators, merged when the delta is taken (the merge is commutative). With one accumulator per
 * schema, requests queued on its monitor whenever the thread holding it was descheduled (profiled
 * under load: seconds of blocking per second), and the queue held up every flush behind it.
 */
@Singleton
class ShapeDeltas {

    /**
     * A delta taken for flushing: what the journal rows filed under {@code schemaName} up to
     * {@code watermark} taught. {@code others} holds, by schema name, what rows filed under this name
     * taught about other schemas: rows written before names were claimed per event kind, when two
     * detail-types could share one name (ADR 0014). {@code source} and {@code detailType} are
     * {@code null} when no row of this schema's own kind was taken.
     */
    record Taken(
            String schemaName,
            String source,
            String detailType,
            ShapeSnapshot delta,
            long watermark,
            long rows,
            Map<String, ShapeSnapshot> others) {

        Taken {
            others = Map.copyOf(others);
        }

        Taken(String schemaName, String source, String detailType, ShapeSnapshot delta, long watermark, long rows) {
            this(schemaName, source, detailType, delta, watermark, rows, Map.of());
        }
    }

    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private volatile Map<String, Delta> dirty = new ConcurrentHashMap<>();

    /** Runs journal appends and the folds of what they appended, with no delta taken in between. */
    <T> T recording(Supplier<T> step) {
        Lock lock = gate.readLock();
        lock.lock();
        try {
            return step.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Folds events journalled under {@code seq}; returns, by position, why the engine refused an event.
     * Call inside {@link #recording}.
     */
    Map<Integer, String> fold(
            String schemaName, String source, String detailType, List<ObservedEvent> events, long seq) {
        return fold(schemaName, schemaName, source, detailType, events, seq);
    }

    /**
     * Folds events journalled under {@code seq} and filed under {@code journalName} into the delta of
     * {@code schemaName}, which differs only for rows written before names were claimed per kind;
     * a {@code null} schema name counts the row without learning from it (its kind can never be
     * stored). The row is retired with the delta of {@code journalName}. Call inside {@link #recording}.
     */
    Map<Integer, String> fold(
            String journalName,
            String schemaName,
            String source,
            String detailType,
            List<ObservedEvent> events,
            long seq) {
        Delta delta = dirty.computeIfAbsent(journalName, k -> new Delta());
        if (!journalName.equals(schemaName)) {
            delta.foldElsewhere(schemaName, source, detailType, events, seq);
            return Map.of();
        }
        Stripe stripe = delta.lockStripe(source, detailType);
        Map<Integer, String> refused = null;
        try {
            for (int i = 0; i < events.size(); i++) {
                ObservedEvent event = events.get(i);
                try {
                    stripe.accumulator.add(event.envelope(), Instant.ofEpochMilli(event.time()));
                } catch (InvalidEventException e) {
                    if (refused == null) {
                        refused = new HashMap<>();
                    }
                    refused.put(i, e.getMessage());
                }
            }
            stripe.rows++;
            stripe.watermark = Math.max(stripe.watermark, seq);
        } finally {
            stripe.lock.unlock();
        }
        return refused == null ? Map.of() : refused;
    }

    /** Takes every delta, leaving none; waits for appends and folds under way. */
    List<Taken> takeAll() {
        Map<String, Delta> taken;
        Lock lock = gate.writeLock();
        lock.lock();
        try {
            if (dirty.isEmpty()) {
                return List.of();
            }
            taken = dirty;
            dirty = new ConcurrentHashMap<>();
        } finally {
            lock.unlock();
        }
        List<Taken> out = new ArrayList<>(taken.size());
        taken.forEach((name, delta) -> out.add(delta.take(name))); // no fold runs on them any more
        return out;
    }

    /** Puts back a delta whose flush failed; it will be flushed with whatever arrived since. */
    void restore(Taken taken) {
        recording(() -> {
            Delta delta = dirty.computeIfAbsent(taken.schemaName(), k -> new Delta());
            if (taken.source() != null) {
                Stripe stripe = delta.lockStripe(taken.source(), taken.detailType());
                try {
                    stripe.accumulator.merge(taken.delta());
                } finally {
                    stripe.lock.unlock();
                }
            }
            delta.restoreElsewhere(taken);
            return null;
        });
    }

    boolean isEmpty() {
        return dirty.isEmpty();
    }

    /**
     * One schema's delta: stripes, each folded into by one request at a time. A stripe is added only
     * when a request finds every existing one taken, so a schema has as many as its requests ever
     * folded at once, at most {@link #STRIPES}; memory per schema is bounded by that many times the
     * engine's bound.
     */
    private static final class Delta {
        /** Enough that a request rarely waits on a 2-core machine under load, few enough to merge cheaply. */
        private static final int STRIPES =
                Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors() * 2));

        final AtomicReferenceArray<Stripe> stripes = new AtomicReferenceArray<>(STRIPES);
        /** Rows that taught other schemas, or nothing; guarded by this delta's monitor. */
        private final Map<String, ShapeAccumulator> elsewhere = new HashMap<>();

        private long elsewhereRows;
        private long elsewhereWatermark;

        synchronized void foldElsewhere(
                String schemaName, String source, String detailType, List<ObservedEvent> events, long seq) {
            if (schemaName != null) {
                ShapeStore.fold(
                        elsewhere.computeIfAbsent(schemaName, k -> ShapeAccumulator.forEnvelope(source, detailType)),
                        events);
            }
            elsewhereRows++;
            elsewhereWatermark = Math.max(elsewhereWatermark, seq);
        }

        /**
         * Puts back the rows a failed flush took (all counted here: the stripes take only events),
         * and what they taught other schemas.
         */
        synchronized void restoreElsewhere(Taken taken) {
            taken.others()
                    .forEach((name, snapshot) -> elsewhere
                            .computeIfAbsent(
                                    name, k -> ShapeAccumulator.forEnvelope(snapshot.source(), snapshot.detailType()))
                            .merge(snapshot));
            elsewhereRows += taken.rows();
            elsewhereWatermark = Math.max(elsewhereWatermark, taken.watermark());
        }

        /** A stripe locked for the caller: a free one, else a new one, else waits for the thread's own. */
        Stripe lockStripe(String source, String detailType) {
            int start = (int) (Thread.currentThread().getId() % STRIPES);
            for (int i = 0; i < STRIPES; i++) {
                Stripe stripe = stripes.get((start + i) % STRIPES);
                if (stripe != null && stripe.lock.tryLock()) {
                    return stripe;
                }
            }
            for (int i = 0; i < STRIPES; i++) {
                int slot = (start + i) % STRIPES;
                if (stripes.get(slot) == null) {
                    Stripe fresh = new Stripe(source, detailType);
                    fresh.lock.lock();
                    if (stripes.compareAndSet(slot, null, fresh)) {
                        return fresh;
                    }
                }
            }
            Stripe stripe = stripes.get(start);
            stripe.lock.lock();
            return stripe;
        }

        /** The stripes merged into one delta; call when no fold can run on them. */
        synchronized Taken take(String schemaName) {
            ShapeSnapshot merged = null;
            long watermark = elsewhereWatermark;
            long rows = elsewhereRows;
            for (int i = 0; i < STRIPES; i++) {
                Stripe stripe = stripes.get(i);
                if (stripe == null) {
                    continue;
                }
                if (stripe.accumulator.eventCount() > 0 || stripe.rows > 0) {
                    ShapeSnapshot snapshot = stripe.accumulator.snapshot();
                    merged = merged == null ? snapshot : merged.merge(snapshot);
                }
                watermark = Math.max(watermark, stripe.watermark);
                rows += stripe.rows;
            }
            Map<String, ShapeSnapshot> others = new HashMap<>();
            elsewhere.forEach((name, accumulator) -> others.put(name, accumulator.snapshot()));
            if (merged == null) {
                return new Taken(
                        schemaName, null, null, ShapeAccumulator.forSamples().snapshot(), watermark, rows, others);
            }
            return new Taken(schemaName, merged.source(), merged.detailType(), merged, watermark, rows, others);
        }
    }

    /** Part of a delta; guarded by its lock. */
    private static final class Stripe {
        final ReentrantLock lock = new ReentrantLock();
        final ShapeAccumulator accumulator;
        long watermark;
        long rows;

        Stripe(String source, String detailType) {
            this.accumulator = ShapeAccumulator.forEnvelope(source, detailType);
        }
    }
}
