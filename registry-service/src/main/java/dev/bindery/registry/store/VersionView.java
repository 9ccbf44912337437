package dev.bindery.registry.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A schema version joined with its schema and content: what DescribeSchema answers with. */
@Introspected
public record VersionView(
        long schemaId,
        String schemaName,
        Instant lastModified,
        String tags,
        long version,
        String schemaType,
        @Nullable String description,
        Instant createdAt,
        String contentHash,
        String content) {}
