package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One audited request: a write or a refusal. {@code outcome} is {@code ALLOWED} or {@code DENIED}. */
@MappedEntity("audit_event")
public record AuditRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        @Nullable String principal,
        String operation,
        @Nullable String resource,
        String outcome,
        int status,
        @Nullable String source,
        @Nullable String reason) {}
