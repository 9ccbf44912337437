package dev.bindery.registry.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Registries' default compatibility rules. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RegistryCompatibilityRepository extends CrudRepository<RegistryCompatibilityRow, Long> {}
