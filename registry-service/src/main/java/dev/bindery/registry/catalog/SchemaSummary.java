package dev.bindery.registry.catalog;

import java.time.Instant;
import java.util.Map;

/** A schema as ListSchemas lists it. */
public record SchemaSummary(String name, Instant lastModified, Map<String, String> tags, long versionCount) {

    public SchemaSummary {
        tags = Map.copyOf(tags);
    }
}
