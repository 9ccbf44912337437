package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One immutable version of a schema: its number, the hash of its content and its type. The
 * {@code clientToken} is the UpdateSchema idempotency token that created it, if any.
 */
@MappedEntity("schema_version")
public record SchemaVersionRow(
        @Id @GeneratedValue @Nullable Long id,
        long schemaId,
        long version,
        String contentHash,
        String schemaType,
        @Nullable String description,
        @Nullable String clientToken,
        Instant createdAt) {}
