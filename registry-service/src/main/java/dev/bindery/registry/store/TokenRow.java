package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A bearer token; only the SHA-256 of its secret part is kept. */
@MappedEntity("api_token")
public record TokenRow(
        @Id String tokenId,
        long principalId,
        String secretHash,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt) {}
