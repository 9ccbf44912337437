package dev.bindery.registry.discovery;

import dev.bindery.registry.discovery.inference.InvalidEventException;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.ingest.BusEvent;
import dev.bindery.registry.store.DiscoveredShapeRepository;
import dev.bindery.registry.store.DiscoveredShapeRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds events into the persisted shape of their schema, under the shape row's lock: instances
 * sharing a database take turns per schema, and because folding is a commutative merge, the order
 * in which they do does not change what is learned.
 */
@Singleton
public class ShapeStore {

    private final DiscoveredShapeRepository shapes;

    public ShapeStore(DiscoveredShapeRepository shapes) {
        this.shapes = shapes;
    }

    /** The shape before and after folding, and the events (by position) the engine refused. */
    public record Folded(ShapeSnapshot before, ShapeSnapshot after, Map<Integer, String> refused) {
    }

    /** Folds {@code events} (all of one source and detail type) into the schema's stored shape. */
    @Transactional
    public Folded fold(String schemaName, List<BusEvent> events) {
        BusEvent first = events.get(0);
        Optional<DiscoveredShapeRow> stored = shapes.findForUpdate(schemaName);
        ShapeSnapshot before = stored.map(row -> ShapeSnapshot.fromJson(row.state()))
                .orElseGet(() -> ShapeSnapshot.empty(first.source(), first.detailType()));
        ShapeAccumulator accumulator = ShapeAccumulator.resume(before);
        Map<Integer, String> refused = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                accumulator.add(events.get(i).envelope(), events.get(i).time());
            } catch (InvalidEventException e) {
                refused.put(i, e.getMessage());
            }
        }
        ShapeSnapshot after = accumulator.snapshot();
        if (after.eventCount() != before.eventCount()) {
            DiscoveredShapeRow row = new DiscoveredShapeRow(schemaName, first.source(), first.detailType(),
                    after.toJson(), after.eventCount(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    stored.map(DiscoveredShapeRow::pendingSince).orElse(null));
            if (stored.isPresent()) {
                shapes.update(row);
            } else {
                shapes.save(row);
            }
        }
        return new Folded(before, after, refused);
    }

    public Optional<ShapeSnapshot> find(String schemaName) {
        return shapes.findById(schemaName).map(row -> ShapeSnapshot.fromJson(row.state()));
    }

    /** Notes that the schema changed and waits for its window; keeps the first time it did. */
    public void markPending(String schemaName) {
        shapes.markPending(schemaName, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public void clearPending(String schemaName) {
        shapes.clearPending(schemaName);
    }

    /** Schemas whose changes wait to be published. */
    public List<String> pending() {
        return shapes.pendingNames();
    }
}
