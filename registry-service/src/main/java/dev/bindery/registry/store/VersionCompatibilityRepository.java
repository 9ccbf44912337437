package dev.bindery.registry.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

/** The compatibility judgements recorded with versions as they were written. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VersionCompatibilityRepository extends CrudRepository<VersionCompatibilityRow, Long> {

    List<VersionCompatibilityRow> findByVersionIdIn(Collection<Long> versionIds);
}
