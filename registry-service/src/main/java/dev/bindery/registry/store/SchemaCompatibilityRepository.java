package dev.bindery.registry.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Schemas' overrides of their registry's compatibility rule. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SchemaCompatibilityRepository extends CrudRepository<SchemaCompatibilityRow, Long> {}
