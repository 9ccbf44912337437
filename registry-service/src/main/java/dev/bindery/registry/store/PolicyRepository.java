package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

/** Resource policies of registries. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PolicyRepository extends CrudRepository<PolicyRow, Long> {

    @Query("SELECT * FROM registry_policy WHERE registry_id = :registryId FOR UPDATE")
    Optional<PolicyRow> findForUpdate(long registryId);

    /** The policy of the registry named {@code registryName}, in one query (the authorizer's cache loads with it). */
    @Query("""
            SELECT p.* FROM registry_policy p JOIN registry r ON r.id = p.registry_id
            WHERE r.name = :registryName""")
    Optional<PolicyRow> findOfRegistryNamed(String registryName);
}
