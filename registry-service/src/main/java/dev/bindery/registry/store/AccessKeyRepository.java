package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Access keys by id and by principal. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccessKeyRepository extends CrudRepository<AccessKeyRow, String> {

    List<AccessKeyRow> findByPrincipalIdOrderByCreatedAt(long principalId);

    @Query("UPDATE access_key SET last_used_at = :at WHERE access_key_id = :accessKeyId")
    void touch(String accessKeyId, Instant at);
}
