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
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * What this instance learned since its last flush, per schema: a bounded accumulator (the
 * engine bounds its memory per schema), the highest journal sequence number folded into it and
 * how many journal rows it covers.
 *
 * <p>Appending to the journal and folding into a delta happen inside {@link #recording}, and
 * {@link #takeAll()} waits for those to finish: so a taken delta covers exactly this instance's
 * journal rows of its schema up to its watermark, and later rows have higher numbers.
 */
@Singleton
class ShapeDeltas {

    /** A delta taken for flushing. */
    record Taken(String schemaName, String source, String detailType, ShapeSnapshot delta, long watermark, long rows) {
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
    Map<Integer, String> fold(String schemaName, String source, String detailType, List<ObservedEvent> events, long seq) {
        Delta delta = dirty.computeIfAbsent(schemaName, k -> new Delta(source, detailType));
        Map<Integer, String> refused = null;
        synchronized (delta) {
            for (int i = 0; i < events.size(); i++) {
                ObservedEvent event = events.get(i);
                try {
                    delta.accumulator.add(event.envelope(), Instant.ofEpochMilli(event.time()));
                } catch (InvalidEventException e) {
                    if (refused == null) {
                        refused = new HashMap<>();
                    }
                    refused.put(i, e.getMessage());
                }
            }
            delta.rows++;
            delta.watermark = Math.max(delta.watermark, seq);
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
        taken.forEach((name, delta) -> out.add(new Taken(name, delta.source, delta.detailType,
                delta.accumulator.snapshot(), delta.watermark, delta.rows)));
        return out;
    }

    /** Puts back a delta whose flush failed; it will be flushed with whatever arrived since. */
    void restore(Taken taken) {
        recording(() -> {
            Delta delta = dirty.computeIfAbsent(taken.schemaName(), k -> new Delta(taken.source(), taken.detailType()));
            synchronized (delta) {
                delta.accumulator.merge(taken.delta());
                delta.rows += taken.rows();
                delta.watermark = Math.max(delta.watermark, taken.watermark());
            }
            return null;
        });
    }

    boolean isEmpty() {
        return dirty.isEmpty();
    }

    /** One schema's delta; guarded by its own monitor. */
    private static final class Delta {
        final String source;
        final String detailType;
        final ShapeAccumulator accumulator;
        long watermark;
        long rows;

        Delta(String source, String detailType) {
            this.source = source;
            this.detailType = detailType;
            this.accumulator = ShapeAccumulator.forEnvelope(source, detailType);
        }
    }
}
