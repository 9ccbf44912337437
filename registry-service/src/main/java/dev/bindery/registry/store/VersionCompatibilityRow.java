package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * How a version compared with its predecessor(s) when it was written: the rule in force, the verdict
 * and the findings (a JSON array). {@code compatible} is {@code null} when no verdict could be reached,
 * and {@code error} says why.
 */
@MappedEntity("version_compatibility")
public record VersionCompatibilityRow(
        @Id long versionId,
        long previousVersion,
        String mode,
        String policy,
        @Nullable Boolean compatible,
        String findings,
        @Nullable String error,
        Instant checkedAt) {}
