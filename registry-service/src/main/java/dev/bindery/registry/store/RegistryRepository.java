package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Registries by name, and pages of them in name order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RegistryRepository extends CrudRepository<RegistryRow, Long> {

    Optional<RegistryRow> findByName(String name);

    @Query("SELECT * FROM registry WHERE name = :name FOR UPDATE")
    Optional<RegistryRow> findByNameForUpdate(String name);

    /**
     * Registries whose name starts with {@code prefix} (a LIKE pattern, escaped by the caller) and
     * sorts after {@code after}, in the given scope ({@code ""} for any).
     */
    @Query("""
            SELECT * FROM registry
            WHERE name LIKE :prefix ESCAPE '\\' AND name > :after AND (:scope = '' OR scope = :scope)
            ORDER BY name LIMIT :limit""")
    List<RegistryRow> page(String prefix, String after, String scope, int limit);
}
