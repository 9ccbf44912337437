package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Bearer tokens by id and by principal. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TokenRepository extends CrudRepository<TokenRow, String> {

    List<TokenRow> findByPrincipalIdOrderByCreatedAt(long principalId);

    @Query("UPDATE api_token SET last_used_at = :at WHERE token_id = :tokenId")
    void touch(String tokenId, Instant at);
}
