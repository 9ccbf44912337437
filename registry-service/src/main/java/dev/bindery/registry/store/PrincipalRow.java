package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A principal; {@code registries} holds registry name patterns separated by commas ({@code ""}: all). */
@MappedEntity("principal")
public record PrincipalRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String role,
        String registries,
        Instant createdAt,
        Instant updatedAt) {

    public PrincipalRow with(String newRole, String newRegistries, Instant now) {
        return new PrincipalRow(id, name, newRole, newRegistries, createdAt, now);
    }
}
