package dev.bindery.registry.security;

import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.PageToken;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.AuditRepository;
import dev.bindery.registry.store.AuditRow;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: every write and every refused request, appended to the {@code audit_event}
 * table and written as one structured line on the {@code bindery.audit} logger. Reads and
 * accepted ingestion are not audited (the access log has them); refused ingestion is.
 */
@Singleton
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger("bindery.audit");
    private static final String TOKEN_KIND = "audit";
    private static final int MAX_REASON = 512;

    private final AuditRepository events;
    private final InputRules rules;

    public AuditLog(AuditRepository events, InputRules rules) {
        this.events = events;
        this.rules = rules;
    }

    /** Whether a request was let through to the operation or refused before it. */
    public enum Outcome {
        ALLOWED,
        DENIED
    }

    /**
     * One audited request.
     *
     * @param principal the caller's name, or {@code null} when it could not be authenticated
     * @param operation the operation id
     * @param resource  the resource's ARN, or {@code null} for account-level operations
     * @param status    the HTTP status answered
     * @param source    the client's address
     * @param reason    why it was refused, or {@code null}
     */
    public record Entry(
            Instant at,
            @Nullable String principal,
            String operation,
            @Nullable String resource,
            Outcome outcome,
            int status,
            @Nullable String source,
            @Nullable String reason) {}

    /** Records an entry; a failure to store it is logged, never passed to the client. */
    public void record(
            @Nullable String principal,
            String operation,
            @Nullable String resource,
            Outcome outcome,
            int status,
            @Nullable String source,
            @Nullable String reason) {
        Entry entry = new Entry(
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                principal,
                operation,
                resource,
                outcome,
                status,
                source,
                reason == null ? null : truncate(reason));
        LOG.info(
                "outcome={} principal={} operation={} resource={} status={} source={} reason={}",
                entry.outcome(),
                quote(entry.principal()),
                entry.operation(),
                quote(entry.resource()),
                entry.status(),
                entry.source(),
                quote(entry.reason()));
        try {
            events.save(new AuditRow(
                    null,
                    entry.at(),
                    entry.principal(),
                    entry.operation(),
                    entry.resource(),
                    entry.outcome().name(),
                    entry.status(),
                    entry.source(),
                    entry.reason()));
        } catch (RuntimeException e) {
            LOG.error("The audit entry above could not be stored: {}", e.getMessage());
        }
    }

    /** Entries newest first, of one principal and one resource when given, in {@code [from, to)}. */
    public Page<Entry> list(
            @Nullable String principal,
            @Nullable String resource,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Integer limit,
            @Nullable String nextToken) {
        int size = rules.pageSize(limit);
        String after = PageToken.decode(TOKEN_KIND, nextToken);
        long before;
        try {
            before = after.isEmpty() ? Long.MAX_VALUE : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("NextToken is not a token this operation issued.");
        }
        List<AuditRow> rows = events.page(
                before,
                from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T23:59:59Z") : to,
                principal == null ? "" : principal,
                resource == null ? "" : resource,
                size + 1);
        return Page.of(rows, size, TOKEN_KIND, row -> String.valueOf(row.id()), AuditLog::toEntry);
    }

    private static Entry toEntry(AuditRow row) {
        return new Entry(
                row.at(),
                row.principal(),
                row.operation(),
                row.resource(),
                Outcome.valueOf(row.outcome()),
                row.status(),
                row.source(),
                row.reason());
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    private static String quote(@Nullable String value) {
        return value == null ? "-" : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
