package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A schema's override of its registry's compatibility rule; a {@code null} member is inherited. */
@MappedEntity("schema_compatibility")
public record SchemaCompatibilityRow(
        @Id long schemaId, @Nullable String mode, @Nullable String policy, Instant updatedAt) {}
