package dev.bindery.registry.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The resource policy of a registry, with the revision id that guards concurrent updates. */
@MappedEntity("registry_policy")
public record PolicyRow(@Id long registryId, String policy, String revisionId, Instant updatedAt) {}
