package dev.bindery.registry.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** Schema content exactly as it was submitted, keyed by the hex SHA-256 of its UTF-8 bytes. */
@MappedEntity("schema_content")
public record ContentRow(@Id String hash, String content, Instant createdAt) {}
