package dev.bindery.registry.discovery;

import dev.bindery.registry.catalog.SchemaReader;
import dev.bindery.registry.catalog.SchemaService;
import dev.bindery.registry.catalog.SchemaVersion;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.ErrorCode;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Writes a discovered schema's new version into {@code discovered-schemas} when, and only when, the
 * inferred document differs from the latest version's content. The comparison is with the stored
 * version, not the previous shape, so an interrupted publish is made good by the next event, and
 * two instances publishing the same document make one version.
 */
@Singleton
class DiscoveredVersions {

    static final String REGISTRY = "discovered-schemas";

    private final SchemaService schemas;
    private final SchemaReader reader;

    DiscoveredVersions(SchemaService schemas, SchemaReader reader) {
        this.schemas = schemas;
        this.reader = reader;
    }

    void publish(String schemaName, ShapeSnapshot before, ShapeSnapshot after) {
        String content = after.toOpenApi();
        Optional<SchemaVersion> latest = latest(schemaName);
        if (latest.isPresent() && latest.get().content().equals(content)) {
            return;
        }
        var input = new SchemaService.Input(content, SchemaType.OpenApi3.name(), ShapeChanges.describe(before, after),
                null, null);
        try {
            if (latest.isEmpty()) {
                schemas.create(REGISTRY, schemaName, input);
            } else {
                schemas.update(REGISTRY, schemaName, input);
            }
        } catch (ApiException e) {
            if (e.code() != ErrorCode.ConflictException) {
                throw e;
            }
            // Another writer got there first (the schema now exists, or has this very content).
            if (latest.isEmpty()) {
                publishAfterLostRace(schemaName, input, content);
            }
        }
    }

    private void publishAfterLostRace(String schemaName, SchemaService.Input input, String content) {
        if (latest(schemaName).map(v -> !v.content().equals(content)).orElse(false)) {
            try {
                schemas.update(REGISTRY, schemaName, input);
            } catch (ApiException e) {
                if (e.code() != ErrorCode.ConflictException) {
                    throw e;
                }
            }
        }
    }

    private Optional<SchemaVersion> latest(String schemaName) {
        try {
            return Optional.of(reader.describe(REGISTRY, schemaName, null));
        } catch (ApiException e) {
            if (e.code() == ErrorCode.NotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
