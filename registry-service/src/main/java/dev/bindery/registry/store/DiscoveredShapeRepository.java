package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inference states of discovered schemas. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DiscoveredShapeRepository extends CrudRepository<DiscoveredShapeRow, String> {

    @Query("SELECT * FROM discovered_shape WHERE schema_name = :schemaName FOR UPDATE")
    Optional<DiscoveredShapeRow> findForUpdate(String schemaName);

    @Query(
            "UPDATE discovered_shape SET pending_since = :since WHERE schema_name = :schemaName AND pending_since IS NULL")
    void markPending(String schemaName, Instant since);

    /** Nothing waits to be published: no pending change, no problem. */
    @Query("UPDATE discovered_shape SET pending_since = NULL, version_problem = NULL WHERE schema_name = :schemaName")
    void clearPending(String schemaName);

    /** Discovery wrote the latest version at {@code at}, the {@code streak}-th in a row: nothing waits. */
    @Query("UPDATE discovered_shape SET pending_since = NULL, version_problem = NULL, versioned_at = :at, "
            + "version_streak = :streak WHERE schema_name = :schemaName")
    void versioned(String schemaName, Instant at, int streak);

    @Query(
            "UPDATE discovered_shape SET pending_since = NULL, version_problem = :problem WHERE schema_name = :schemaName")
    void setVersionProblem(String schemaName, String problem);

    @Query("SELECT schema_name FROM discovered_shape WHERE pending_since IS NOT NULL ORDER BY schema_name")
    List<String> pendingNames();
}
