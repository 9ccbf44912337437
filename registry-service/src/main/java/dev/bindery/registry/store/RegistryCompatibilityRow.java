package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A registry's default compatibility rule; a {@code null} member falls back to the service's default. */
@MappedEntity("registry_compatibility")
public record RegistryCompatibilityRow(
        @Id long registryId,
        @Nullable String mode,
        @Nullable String policy,
        Instant updatedAt) {}
