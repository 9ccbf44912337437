package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The audit trail: appended to, and read newest first; never updated or deleted through here. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditRepository extends GenericRepository<AuditRow, Long> {

    AuditRow save(AuditRow row);

    /**
     * Entries older than the cursor {@code before} (an id; {@link Long#MAX_VALUE} for the newest),
     * in {@code [from, to)}, of one principal and one resource when given ({@code ""}: any).
     */
    @Query("""
            SELECT * FROM audit_event
            WHERE id < :before AND at >= :from AND at < :to
                AND (:principal = '' OR principal = :principal)
                AND (:resource = '' OR resource = :resource)
            ORDER BY id DESC LIMIT :limit""")
    List<AuditRow> page(long before, Instant from, Instant to, String principal, String resource, int limit);
}
