package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Schemas of a registry. Writers take the schema row's lock before they touch its versions. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SchemaRepository extends CrudRepository<SchemaRow, Long> {

    Optional<SchemaRow> findByRegistryIdAndName(long registryId, String name);

    long countByRegistryId(long registryId);

    /** Locks the schema row until the transaction ends: version writers queue up here. */
    @Query("SELECT * FROM registry_schema WHERE registry_id = :registryId AND name = :name FOR UPDATE")
    Optional<SchemaRow> findForUpdate(long registryId, String name);

    @Query("""
            UPDATE registry_schema SET last_version = :lastVersion, latest_version = :latestVersion,
                last_modified = :lastModified
            WHERE id = :id""")
    void updateVersions(long id, long lastVersion, long latestVersion, Instant lastModified);

    @Query("UPDATE registry_schema SET tags = :tags WHERE id = :id")
    void updateTags(long id, String tags);

    /**
     * Up to {@code limit} schemas of a registry whose names start as the pattern says, after
     * {@code after} in name order, each with its version count: one query, not one per schema.
     * Ordered by the unique index's columns so that H2 reads the page from the index and stops
     * after {@code limit} rows (by {@code name} alone it reads and sorts the whole registry).
     */
    @Query("""
            SELECT s.name, s.last_modified, s.tags,
                   (SELECT COUNT(*) FROM schema_version v WHERE v.schema_id = s.id) AS version_count
            FROM registry_schema s
            WHERE s.registry_id = :registryId AND s.name LIKE :prefix ESCAPE '\\' AND s.name > :after
            ORDER BY s.registry_id, s.name LIMIT :limit""")
    List<SchemaListing> page(long registryId, String prefix, String after, int limit);

    /**
     * Up to {@code limit} schemas of a registry, after {@code after} in name order, with a version
     * whose name or content contains the pattern (a lower-case LIKE pattern).
     */
    @Query("""
            SELECT * FROM registry_schema s
            WHERE s.registry_id = :registryId AND s.name > :after AND EXISTS (
                SELECT 1 FROM schema_version v JOIN schema_content c ON c.hash = v.content_hash
                WHERE v.schema_id = s.id AND (LOWER(s.name) LIKE :pattern ESCAPE '\\'
                    OR LOWER(c.content) LIKE :pattern ESCAPE '\\'))
            ORDER BY s.registry_id, s.name LIMIT :limit""")
    List<SchemaRow> matching(long registryId, String after, String pattern, int limit);
}
