package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The code binding of one schema version in one language: its generation status and, once
 * complete, the zip (base64) or, once failed, why.
 */
@MappedEntity("code_binding")
public record CodeBindingRow(
        @Id @GeneratedValue @Nullable Long id,
        long schemaId,
        long version,
        String language,
        String status,
        @Nullable String zipBase64,
        @Nullable String failure,
        Instant createdAt,
        Instant lastModified) {}
