package dev.bindery.registry.catalog;

import dev.bindery.registry.content.SchemaType;
import java.time.Instant;

/** A version as ListSchemaVersions and SearchSchemas list it. */
public record VersionSummary(long version, SchemaType type, Instant createdDate) {
}
