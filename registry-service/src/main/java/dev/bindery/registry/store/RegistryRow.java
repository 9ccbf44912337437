package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A registry. {@code scope} is {@code LOCAL} or {@code AWS} (the ListRegistries filter);
 * {@code builtin} registries cannot be deleted; {@code tags} is a JSON object.
 */
@MappedEntity("registry")
public record RegistryRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String description,
        String scope,
        boolean builtin,
        String tags,
        Instant createdAt) {

    public RegistryRow withDescription(@Nullable String newDescription) {
        return new RegistryRow(id, name, newDescription, scope, builtin, tags, createdAt);
    }

    public RegistryRow withTags(String newTags) {
        return new RegistryRow(id, name, description, scope, builtin, newTags, createdAt);
    }
}
