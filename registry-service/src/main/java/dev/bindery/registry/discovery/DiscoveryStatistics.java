package dev.bindery.registry.discovery;

import dev.bindery.registry.catalog.SchemaReader;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.error.ApiException;
import jakarta.inject.Singleton;

/** The statistics discovery keeps for a discovered schema. */
@Singleton
public class DiscoveryStatistics {

    private final ShapeStore shapes;
    private final SchemaReader reader;

    DiscoveryStatistics(ShapeStore shapes, SchemaReader reader) {
        this.shapes = shapes;
        this.reader = reader;
    }

    public ShapeSnapshot of(String registryName, String schemaName) {
        reader.requireSchema(registryName, schemaName);
        if (!DiscoveredVersions.REGISTRY.equals(registryName)) {
            throw ApiException.notFound("Schema %s in registry %s was not discovered; statistics exist for the %s registry.",
                    schemaName, registryName, DiscoveredVersions.REGISTRY);
        }
        return shapes.find(schemaName).orElseThrow(() -> ApiException.notFound(
                "Schema %s has no discovery statistics.", schemaName));
    }
}
