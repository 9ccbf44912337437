package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Principals by name, and pages of them in name order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PrincipalRepository extends CrudRepository<PrincipalRow, Long> {

    Optional<PrincipalRow> findByName(String name);

    boolean existsByRole(String role);

    @Query("SELECT * FROM principal WHERE name > :after ORDER BY name LIMIT :limit")
    List<PrincipalRow> page(String after, int limit);
}
