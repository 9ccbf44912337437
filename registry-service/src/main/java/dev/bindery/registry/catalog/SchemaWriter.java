package dev.bindery.registry.catalog;

import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.SchemaRepository;
import dev.bindery.registry.store.SchemaRow;
import dev.bindery.registry.store.SchemaVersionRepository;
import dev.bindery.registry.store.SchemaVersionRow;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The transactions that change a schema's versions. Every writer first locks the schema's row, so
 * concurrent writers to one schema take turns: version numbers come from the row's counter, are
 * consecutive, and are never handed out twice or reused after a delete.
 */
@Singleton
public class SchemaWriter {

    private final SchemaRepository schemas;
    private final SchemaVersionRepository versions;
    private final SchemaQueries reader;
    private final ApplicationEventPublisher<SchemaChanged> changes;
    private final VersionGate gate;

    public SchemaWriter(
            SchemaRepository schemas,
            SchemaVersionRepository versions,
            SchemaQueries reader,
            ApplicationEventPublisher<SchemaChanged> changes,
            VersionGate gate) {
        this.schemas = schemas;
        this.versions = versions;
        this.reader = reader;
        this.changes = changes;
        this.gate = gate;
    }

    /**
     * A change UpdateSchema asks for; {@code null} members keep the latest version's value.
     * {@code enforceCompatibility} refuses a new version that breaks the schema's compatibility rule.
     */
    public record Change(
            @Nullable String contentHash,
            @Nullable SchemaType type,
            @Nullable String description,
            @Nullable String clientToken,
            boolean enforceCompatibility) {}

    @Transactional
    public SchemaVersion create(
            String registryName,
            long registryId,
            String schemaName,
            SchemaType type,
            String contentHash,
            @Nullable String description,
            String tags) {
        if (schemas.findByRegistryIdAndName(registryId, schemaName).isPresent()) {
            throw SchemaQueries.alreadyExists(registryName, schemaName);
        }
        changes.publishEvent(new SchemaChanged(registryName, schemaName));
        Instant now = now();
        SchemaRow schema = schemas.save(new SchemaRow(null, registryId, schemaName, now, now, 1, 1, tags));
        versions.save(new SchemaVersionRow(null, schema.id(), 1, contentHash, type.name(), description, null, now));
        return reader.load(registryName, schemaName, 1L);
    }

    @Transactional
    public SchemaVersion update(String registryName, long registryId, String schemaName, Change change) {
        SchemaRow schema = lock(registryName, registryId, schemaName);
        changes.publishEvent(new SchemaChanged(registryName, schemaName));
        if (change.clientToken() != null) {
            Optional<SchemaVersionRow> replayed =
                    versions.findBySchemaIdAndClientToken(schema.id(), change.clientToken());
            if (replayed.isPresent()) {
                return reader.load(registryName, schemaName, replayed.get().version());
            }
        }
        SchemaVersionRow latest = versions.findBySchemaIdAndVersion(schema.id(), schema.latestVersion())
                .orElseThrow(() -> new IllegalStateException("schema " + schema.id() + " has no latest version"));
        String hash = change.contentHash() != null ? change.contentHash() : latest.contentHash();
        SchemaType type = change.type() != null ? change.type() : SchemaType.valueOf(latest.schemaType());
        Instant now = now();
        if (hash.equals(latest.contentHash()) && type.name().equals(latest.schemaType())) {
            if (change.description() == null || change.description().equals(latest.description())) {
                throw ApiException.conflict(
                        "No change since the previous version %d of schema %s.", latest.version(), schemaName);
            }
            versions.updateDescription(schema.id(), latest.version(), change.description());
            schemas.updateVersions(schema.id(), schema.lastVersion(), schema.latestVersion(), now);
            return reader.load(registryName, schemaName, latest.version());
        }
        long next = schema.lastVersion() + 1;
        String description = change.description() != null ? change.description() : latest.description();
        SchemaVersionRow added = versions.save(new SchemaVersionRow(
                null, schema.id(), next, hash, type.name(), description, change.clientToken(), now));
        gate.admit(registryName, schema, added, change.enforceCompatibility());
        schemas.updateVersions(schema.id(), next, next, now);
        return reader.load(registryName, schemaName, next);
    }

    /**
     * {@link VersionPublisher}'s write: the document as version 1 of a new schema, or as the next
     * version when it differs from the latest; compatibility recorded, not enforced.
     */
    @Transactional
    public VersionPublisher.Outcome publish(
            String registryName,
            long registryId,
            String schemaName,
            VersionPublisher.Document document,
            String contentHash,
            String tags) {
        Optional<SchemaRow> locked = schemas.findForUpdate(registryId, schemaName);
        changes.publishEvent(new SchemaChanged(registryName, schemaName));
        Instant now = now();
        String type = document.type().name();
        if (locked.isEmpty()) {
            SchemaRow schema = schemas.save(new SchemaRow(null, registryId, schemaName, now, now, 1, 1, tags));
            versions.save(
                    new SchemaVersionRow(null, schema.id(), 1, contentHash, type, document.description(), null, now));
            return new VersionPublisher.Outcome.Created(reader.load(registryName, schemaName, 1L));
        }
        SchemaRow schema = locked.get();
        SchemaVersionRow latest = versions.findBySchemaIdAndVersion(schema.id(), schema.latestVersion())
                .orElseThrow(() -> new IllegalStateException("schema " + schema.id() + " has no latest version"));
        if (contentHash.equals(latest.contentHash()) && type.equals(latest.schemaType())) {
            return new VersionPublisher.Outcome.Unchanged(reader.load(registryName, schemaName, latest.version()));
        }
        long next = schema.lastVersion() + 1;
        SchemaVersionRow added = versions.save(
                new SchemaVersionRow(null, schema.id(), next, contentHash, type, document.description(), null, now));
        gate.admit(registryName, schema, added, false);
        schemas.updateVersions(schema.id(), next, next, now);
        return new VersionPublisher.Outcome.Created(reader.load(registryName, schemaName, next));
    }

    @Transactional
    public void delete(String registryName, long registryId, String schemaName) {
        schemas.delete(lock(registryName, registryId, schemaName));
        changes.publishEvent(new SchemaChanged(registryName, schemaName));
    }

    /** Deletes one version; the only remaining version cannot be deleted (delete the schema instead). */
    @Transactional
    public void deleteVersion(String registryName, long registryId, String schemaName, long version) {
        SchemaRow schema = lock(registryName, registryId, schemaName);
        changes.publishEvent(new SchemaChanged(registryName, schemaName));
        if (versions.findBySchemaIdAndVersion(schema.id(), version).isEmpty()) {
            throw SchemaQueries.versionNotFound(schemaName, version);
        }
        if (versions.countBySchemaId(schema.id()) == 1) {
            throw ApiException.badRequest(
                    "Version %d is the only version of schema %s; delete the schema instead.", version, schemaName);
        }
        versions.deleteVersion(schema.id(), version);
        long latest = version == schema.latestVersion()
                ? versions.maxVersion(schema.id()).orElseThrow()
                : schema.latestVersion();
        schemas.updateVersions(schema.id(), schema.lastVersion(), latest, now());
    }

    private SchemaRow lock(String registryName, long registryId, String schemaName) {
        return schemas.findForUpdate(registryId, schemaName)
                .orElseThrow(() -> SchemaQueries.schemaNotFound(registryName, schemaName));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
