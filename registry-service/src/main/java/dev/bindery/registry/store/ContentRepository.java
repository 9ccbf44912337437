package dev.bindery.registry.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Content-addressed schema content: written once per distinct content, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContentRepository extends CrudRepository<ContentRow, String> {}
