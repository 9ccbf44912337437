package dev.bindery.registry.catalog;

import dev.bindery.registry.content.SchemaType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;

/**
 * One version of a schema with its schema's metadata: what DescribeSchema, CreateSchema and
 * UpdateSchema answer with.
 */
public record SchemaVersion(
        String registryName,
        String schemaName,
        long version,
        SchemaType type,
        @Nullable String description,
        Instant lastModified,
        Instant versionCreatedDate,
        Map<String, String> tags,
        String content) {

    public SchemaVersion {
        tags = Map.copyOf(tags);
    }
}
