package dev.bindery.registry.discovery;

import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.error.ApiException;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The statistics discovery keeps for a discovered schema. */
@Singleton
public class DiscoveryStatistics {

    private final ShapeStore shapes;
    private final SchemaQueries reader;

    DiscoveryStatistics(ShapeStore shapes, SchemaQueries reader) {
        this.shapes = shapes;
        this.reader = reader;
    }

    /**
     * A discovered schema's shape and, when its current shape cannot be versioned, why not. Readable
     * also when no version exists (ADR 0015): what cannot be versioned is visible, not absent.
     */
    public record Discovered(ShapeSnapshot shape, Optional<String> versionProblem) {}

    public Discovered of(String registryName, String schemaName) {
        if (DiscoveredVersions.REGISTRY.equals(registryName)) {
            Optional<ShapeSnapshot> shape = shapes.find(schemaName);
            if (shape.isPresent()) {
                return new Discovered(shape.get(), shapes.versionProblem(schemaName));
            }
        }
        reader.requireSchema(registryName, schemaName);
        if (!DiscoveredVersions.REGISTRY.equals(registryName)) {
            throw ApiException.notFound(
                    "Schema %s in registry %s was not discovered; statistics exist for the %s registry.",
                    schemaName, registryName, DiscoveredVersions.REGISTRY);
        }
        throw ApiException.notFound("Schema %s has no discovery statistics.", schemaName);
    }
}
