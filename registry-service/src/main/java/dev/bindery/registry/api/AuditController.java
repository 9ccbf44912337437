package dev.bindery.registry.api;

import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.security.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The audit log, newest first, filtered by principal, resource and time (Bindery extension; admins only). */
@Controller("/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    @Operation(operationId = "ListAuditEvents")
    SecurityDtos.ListAuditEventsResponse list(
            @QueryValue @Nullable String principal,
            @QueryValue @Nullable String resource,
            @QueryValue @Nullable String from,
            @QueryValue @Nullable String to,
            @QueryValue @Nullable Integer limit,
            @QueryValue @Nullable String nextToken) {
        Page<AuditLog.Entry> page =
                audit.list(principal, resource, instant("from", from), instant("to", to), limit, nextToken);
        return new SecurityDtos.ListAuditEventsResponse(
                page.nextToken(),
                page.items().stream()
                        .map(e -> new SecurityDtos.AuditEvent(
                                e.at(),
                                e.principal(),
                                e.operation(),
                                e.resource(),
                                e.outcome().name(),
                                e.status(),
                                e.source(),
                                e.reason()))
                        .toList());
    }

    private static @Nullable Instant instant(String name, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(
                    "%s '%s' is not an ISO-8601 instant such as 2026-12-06T10:15:30Z.", name, value);
        }
    }
}
