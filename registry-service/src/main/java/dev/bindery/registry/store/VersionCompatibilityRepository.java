package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The compatibility judgements recorded with versions as they were written. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VersionCompatibilityRepository extends CrudRepository<VersionCompatibilityRow, Long> {

    /** The verdicts recorded with a schema's versions from {@code lowest} to {@code highest}, in one query. */
    @Query("""
            SELECT v.version, c.compatible FROM schema_version v
            JOIN version_compatibility c ON c.version_id = v.id
            WHERE v.schema_id = :schemaId AND v.version BETWEEN :lowest AND :highest""")
    List<VersionVerdict> verdicts(long schemaId, long lowest, long highest);
}
