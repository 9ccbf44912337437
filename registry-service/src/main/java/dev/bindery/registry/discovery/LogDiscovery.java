package dev.bindery.registry.discovery;

import dev.bindery.registry.discovery.inference.InvalidEventException;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Discovery from a log that keeps its own positions (a Kafka topic): the log itself is the journal, so
 * nothing is journalled. A reader folds a batch of accepted events into a {@link Batch} in memory and
 * stores it with {@link #store}, which merges the batch into the stored shapes and stores the reader's
 * positions in one transaction (ADR 0021), then publishes versions as the flusher does. A batch that is
 * not stored is simply read again from the positions stored before it.
 */
@Singleton
public class LogDiscovery {

    private final DiscovererService discoverers;
    private final SchemaNameClaims names;
    private final ShapeStore shapes;
    private final ShapeFlusher flusher;

    LogDiscovery(DiscovererService discoverers, SchemaNameClaims names, ShapeStore shapes, ShapeFlusher flusher) {
        this.discoverers = discoverers;
        this.names = names;
        this.shapes = shapes;
        this.flusher = flusher;
    }

    /**
     * What a batch taught, by schema: one accumulator per schema (bounded by the engine). An
     * accumulator confined to the reader's thread.
     */
    public static final class Batch {
        private final Map<String, ShapeAccumulator> bySchema = new HashMap<>();
        private long learned;

        /** Events learned from (events of buses without a started discoverer are not). */
        public long learned() {
            return learned;
        }

        /** Adds what another batch taught; that batch is not to be used again. */
        public void absorb(Batch other) {
            other.bySchema.forEach((name, theirs) -> {
                ShapeAccumulator mine = bySchema.putIfAbsent(name, theirs);
                if (mine != null) {
                    mine.merge(theirs.snapshot());
                }
            });
            learned += other.learned;
        }
    }

    public Batch newBatch() {
        return new Batch();
    }

    /**
     * Folds an accepted event into the batch; returns why discovery refused it (a source and detail-type
     * that make no schema name, a detail the engine cannot read), or {@code null}.
     */
    public @Nullable String fold(Batch batch, BusEvent event) {
        return discoverers.isDiscovering(event.busName()) ? learn(batch, event) : null;
    }

    /**
     * Folds an accepted event whose detail only the fold checks (a door's quick way); {@code false} when it
     * was not learned from (refused, or its bus is not discovered, so nothing checked it), and the door
     * reads it again the full way.
     */
    public boolean foldUnchecked(Batch batch, BusEvent event) {
        return discoverers.isDiscovering(event.busName()) && learn(batch, event) == null;
    }

    private @Nullable String learn(Batch batch, BusEvent event) {
        String schemaName;
        try {
            schemaName = names.nameFor(event.source(), event.detailType());
        } catch (IllegalArgumentException e) {
            return "The source and detail-type make no schema name: " + e.getMessage()
                    + ". A name keeps ASCII letters, digits, '.', '-' and '_'.";
        }
        ShapeAccumulator accumulator = batch.bySchema.computeIfAbsent(
                schemaName, k -> ShapeAccumulator.forEnvelope(event.source(), event.detailType()));
        try {
            accumulator.addEnvelope(
                    event.envelopeMembers(), event.detail().getBytes(StandardCharsets.UTF_8), event.time());
        } catch (InvalidEventException e) {
            return e.getMessage();
        }
        batch.learned++;
        return null;
    }

    /**
     * Merges the batch into the stored shapes and runs {@code positions} in the same transaction; once
     * that committed, publishes the versions (a failure to publish is recorded, never thrown).
     *
     * @throws RuntimeException when the transaction failed or {@code positions} threw: nothing was stored
     */
    public void store(Batch batch, Runnable positions) {
        Map<String, ShapeSnapshot> deltas = new HashMap<>();
        batch.bySchema.forEach((name, accumulator) -> deltas.put(name, accumulator.snapshot()));
        for (ShapeStore.Merged merged : shapes.mergeWith(deltas, positions)) {
            flusher.publish(merged);
        }
    }
}
