package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

/** Inference states of discovered schemas. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DiscoveredShapeRepository extends CrudRepository<DiscoveredShapeRow, String> {

    @Query("SELECT * FROM discovered_shape WHERE schema_name = :schemaName FOR UPDATE")
    Optional<DiscoveredShapeRow> findForUpdate(String schemaName);
}
