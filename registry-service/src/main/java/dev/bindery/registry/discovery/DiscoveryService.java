package dev.bindery.registry.discovery;

import dev.bindery.registry.discovery.inference.SchemaNames;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.ingest.BusEvent;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovery: events on buses with a started discoverer are folded into the shape of their schema
 * ({@code source@DetailType}), and a new version is written when the inferred schema changes.
 * Events on other buses are accepted and not inferred.
 */
@Singleton
public class DiscoveryService {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryService.class);

    private final DiscovererService discoverers;
    private final ShapeStore shapes;
    private final DiscoveredVersions versions;

    DiscoveryService(DiscovererService discoverers, ShapeStore shapes, DiscoveredVersions versions) {
        this.discoverers = discoverers;
        this.shapes = shapes;
        this.versions = versions;
    }

    /**
     * Folds the events; returns, by position in {@code events}, why each event the engine refused
     * was refused (a detail it cannot read, a source and detail type that make no schema name).
     */
    public Map<Integer, String> observe(List<BusEvent> events) {
        Map<String, Boolean> discovering = new HashMap<>();
        Map<String, List<Integer>> bySchema = new LinkedHashMap<>();
        Map<Integer, String> refused = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            BusEvent event = events.get(i);
            if (!discovering.computeIfAbsent(event.busName(), discoverers::isDiscovering)) {
                continue;
            }
            try {
                bySchema.computeIfAbsent(SchemaNames.schemaName(event.source(), event.detailType()), k -> new ArrayList<>())
                        .add(i);
            } catch (IllegalArgumentException e) {
                refused.put(i, e.getMessage());
            }
        }
        bySchema.forEach((schemaName, positions) -> {
            List<BusEvent> group = positions.stream().map(events::get).toList();
            ShapeStore.Folded folded = foldRetryingFirstInsert(schemaName, group);
            folded.refused().forEach((index, reason) -> refused.put(positions.get(index), reason));
            if (folded.after().eventCount() > folded.before().eventCount()) {
                publish(schemaName, folded);
            }
        });
        return refused;
    }

    /**
     * Writes the version; a failure is logged, not passed on: the events are folded and stored
     * already, and the next event of the schema tries again.
     */
    private void publish(String schemaName, ShapeStore.Folded folded) {
        try {
            versions.publish(schemaName, folded.after());
        } catch (ApiException e) {
            LOG.warn("Discovered schema {} was not versioned: {}", schemaName, e.getMessage());
        }
    }

    /** The first events of a new schema may race another writer to insert its shape row: retry once. */
    private ShapeStore.Folded foldRetryingFirstInsert(String schemaName, List<BusEvent> group) {
        try {
            return shapes.fold(schemaName, group);
        } catch (DataAccessException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            return shapes.fold(schemaName, group);
        }
    }
}
