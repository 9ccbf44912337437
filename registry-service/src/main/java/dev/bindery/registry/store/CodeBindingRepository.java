package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

/** Code bindings by schema, version and language. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CodeBindingRepository extends CrudRepository<CodeBindingRow, Long> {

    Optional<CodeBindingRow> findBySchemaIdAndVersionAndLanguage(long schemaId, long version, String language);

    @Query("""
            UPDATE code_binding SET status = :status, zip_base64 = :zipBase64, failure = :failure,
                last_modified = :lastModified
            WHERE id = :id""")
    void finish(long id, String status, @Nullable String zipBase64, @Nullable String failure, Instant lastModified);

    /** Starts generation again unless another request did: true if this caller claimed the row. */
    @Query("""
            UPDATE code_binding SET status = 'CREATE_IN_PROGRESS', failure = NULL, last_modified = :now
            WHERE id = :id AND status = :expectedStatus""")
    int restart(long id, String expectedStatus, Instant now);
}
