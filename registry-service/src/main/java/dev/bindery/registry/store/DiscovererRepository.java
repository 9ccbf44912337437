package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Discoverers by id and by bus. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DiscovererRepository extends CrudRepository<DiscovererRow, Long> {

    Optional<DiscovererRow> findByDiscovererId(String discovererId);

    @Query("SELECT * FROM discoverer WHERE discoverer_id = :discovererId FOR UPDATE")
    Optional<DiscovererRow> findForUpdate(String discovererId);

    /** Discoverers whose id and source ARN start with the given LIKE patterns, after {@code after}. */
    @Query("""
            SELECT * FROM discoverer
            WHERE discoverer_id LIKE :idPrefix ESCAPE '\\' AND source_arn LIKE :arnPrefix ESCAPE '\\'
                AND discoverer_id > :after
            ORDER BY discoverer_id LIMIT :limit""")
    List<DiscovererRow> page(String idPrefix, String arnPrefix, String after, int limit);
}
