package dev.bindery.registry.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

/** The claims of discovered schema names by event kinds. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DiscoveredNameRepository extends CrudRepository<DiscoveredNameRow, String> {

    Optional<DiscoveredNameRow> findBySourceAndDetailType(String source, String detailType);
}
