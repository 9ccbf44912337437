package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An access key; {@code secret} is the encrypted secret access key, {@code status} {@code Active}. */
@MappedEntity("access_key")
public record AccessKeyRow(
        @Id String accessKeyId,
        long principalId,
        String secret,
        String status,
        Instant createdAt,
        @Nullable Instant lastUsedAt) {}
