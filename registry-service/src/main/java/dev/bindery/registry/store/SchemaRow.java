package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A schema in a registry. {@code lastVersion} is the version-number counter, which never goes back,
 * so numbers are not reused after a delete; {@code latestVersion} is the newest version that still
 * exists.
 */
@MappedEntity("registry_schema")
public record SchemaRow(
        @Id @GeneratedValue @Nullable Long id,
        long registryId,
        String name,
        Instant createdAt,
        Instant lastModified,
        long lastVersion,
        long latestVersion,
        String tags) {

    public SchemaRow withTags(String newTags) {
        return new SchemaRow(id, registryId, name, createdAt, lastModified, lastVersion, latestVersion, newTags);
    }
}
