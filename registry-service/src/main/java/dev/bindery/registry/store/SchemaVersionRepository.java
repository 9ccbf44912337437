package dev.bindery.registry.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The versions of schemas, and the joined views that the read operations answer with. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SchemaVersionRepository extends CrudRepository<SchemaVersionRow, Long> {

    Optional<SchemaVersionRow> findBySchemaIdAndVersion(long schemaId, long version);

    Optional<SchemaVersionRow> findBySchemaIdAndClientToken(long schemaId, String clientToken);

    long countBySchemaId(long schemaId);

    @Query("SELECT MAX(version) FROM schema_version WHERE schema_id = :schemaId")
    Optional<Long> maxVersion(long schemaId);

    @Query("UPDATE schema_version SET description = :description WHERE schema_id = :schemaId AND version = :version")
    void updateDescription(long schemaId, long version, String description);

    @Query("DELETE FROM schema_version WHERE schema_id = :schemaId AND version = :version")
    int deleteVersion(long schemaId, long version);

    /**
     * Versions of a schema newer-first, below {@code before} (exclusive). Ordered by the unique
     * index's columns so that H2 reads only {@code limit} rows from the index rather than sorting all.
     */
    @Query("""
            SELECT * FROM schema_version WHERE schema_id = :schemaId AND version < :before
            ORDER BY schema_id DESC, version DESC LIMIT :limit""")
    List<SchemaVersionRow> pageNewestFirst(long schemaId, long before, int limit);

    /** The versions of a schema whose content contains the pattern (a lower-case LIKE pattern). */
    @Query("""
            SELECT v.* FROM schema_version v JOIN schema_content c ON c.hash = v.content_hash
            WHERE v.schema_id = :schemaId AND LOWER(c.content) LIKE :pattern ESCAPE '\\'
            ORDER BY v.version DESC""")
    List<SchemaVersionRow> withContentMatching(long schemaId, String pattern);

    @Query("SELECT * FROM schema_version WHERE schema_id = :schemaId ORDER BY version DESC")
    List<SchemaVersionRow> allNewestFirst(long schemaId);

    /** One version of a schema joined with its registry, schema row and content, in one round trip. */
    @Query("""
            SELECT s.id AS schema_id, s.name AS schema_name, s.last_modified, s.tags, v.version,
                   v.schema_type, v.description, v.created_at, v.content_hash, c.content
            FROM registry r
            JOIN registry_schema s ON s.registry_id = r.id
            JOIN schema_version v ON v.schema_id = s.id
            JOIN schema_content c ON c.hash = v.content_hash
            WHERE r.name = :registryName AND s.name = :schemaName AND v.version = :version""")
    Optional<VersionView> view(String registryName, String schemaName, long version);

    /** The latest version of a schema, as {@link #view}. */
    @Query("""
            SELECT s.id AS schema_id, s.name AS schema_name, s.last_modified, s.tags, v.version,
                   v.schema_type, v.description, v.created_at, v.content_hash, c.content
            FROM registry r
            JOIN registry_schema s ON s.registry_id = r.id
            JOIN schema_version v ON v.schema_id = s.id AND v.version = s.latest_version
            JOIN schema_content c ON c.hash = v.content_hash
            WHERE r.name = :registryName AND s.name = :schemaName""")
    Optional<VersionView> latestView(String registryName, String schemaName);

    /** The latest version of every schema of a registry, by name, without content. */
    @Query("""
            SELECT s.name AS schema_name, v.version, v.content_hash
            FROM registry r
            JOIN registry_schema s ON s.registry_id = r.id
            JOIN schema_version v ON v.schema_id = s.id AND v.version = s.latest_version
            WHERE r.name = :registryName
            ORDER BY s.name""")
    List<LatestVersionRow> latestOfRegistry(String registryName);
}
