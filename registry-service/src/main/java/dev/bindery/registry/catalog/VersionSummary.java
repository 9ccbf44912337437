package dev.bindery.registry.catalog;

import dev.bindery.registry.content.SchemaType;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A version as ListSchemaVersions and SearchSchemas list it, with its description (which the console shows). */
public record VersionSummary(
        long version,
        SchemaType type,
        Instant createdDate,
        @Nullable String description) {}
