package dev.bindery.registry.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The compatibility judgements recorded with versions as they were written. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VersionCompatibilityRepository extends CrudRepository<VersionCompatibilityRow, Long> {
}
