package dev.bindery.registry.catalog;

import dev.bindery.registry.content.ContentValidator;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.RegistryRepository;
import dev.bindery.registry.store.RegistryRow;
import dev.bindery.registry.store.SchemaVersionRepository;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * Versions written by the registry itself (discovery), with typed answers instead of the API's
 * exceptions: a document becomes a schema's latest version, creating the schema if needed, unless it
 * already is the latest version's content ({@link Outcome.Unchanged}); input the API would refuse is
 * {@link Outcome.Refused} with the API's reason. The same rules as CreateSchema and UpdateSchema apply
 * (name, content, description, validation); compatibility is recorded, never enforced, as the
 * document describes events already sent.
 */
@Singleton
public class VersionPublisher {

    /** What became of a document. */
    public sealed interface Outcome {

        /** A new version holds the document (version 1 of a new schema, or the next one). */
        record Created(SchemaVersion version) implements Outcome {}

        /** The latest version already holds the document; nothing was written. */
        record Unchanged(SchemaVersion latest) implements Outcome {}

        /** The document cannot be a version; nothing was written. */
        record Refused(String reason) implements Outcome {}
    }

    /** A document to version: its type, content and the new version's description. */
    public record Document(SchemaType type, String content, String description) {}

    private final RegistryRepository registries;
    private final SchemaVersionRepository versions;
    private final SchemaQueries reader;
    private final SchemaWriter writer;
    private final ContentStore contents;
    private final ContentValidator validator;
    private final InputRules rules;
    private final Tags tags;

    public VersionPublisher(
            RegistryRepository registries,
            SchemaVersionRepository versions,
            SchemaQueries reader,
            SchemaWriter writer,
            ContentStore contents,
            ContentValidator validator,
            InputRules rules,
            Tags tags) {
        this.registries = registries;
        this.versions = versions;
        this.reader = reader;
        this.writer = writer;
        this.contents = contents;
        this.validator = validator;
        this.rules = rules;
        this.tags = tags;
    }

    /** The schema's latest version; empty when the registry or the schema does not exist. */
    public Optional<SchemaVersion> latest(String registryName, String schemaName) {
        return versions.latestView(registryName, schemaName).map(view -> reader.toSchemaVersion(registryName, view));
    }

    /** Makes the document the schema's latest version, unless it already is. */
    public Outcome publish(String registryName, String schemaName, Document document) {
        Optional<RegistryRow> registry = registries.findByName(registryName);
        if (registry.isEmpty()) {
            return new Outcome.Refused("Registry " + registryName + " does not exist.");
        }
        try {
            // The API's rules, which answer by exception: caught here, once, so no caller branches on codes.
            rules.schemaName(schemaName);
            rules.content(document.content());
            rules.description(document.description());
            validator.validate(document.type(), document.content());
        } catch (ApiException e) {
            return new Outcome.Refused(e.getMessage());
        }
        String hash = contents.store(document.content());
        String noTags = tags.write(Map.of());
        try {
            return writer.publish(registryName, registry.get().id(), schemaName, document, hash, noTags);
        } catch (DataAccessException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            // Another writer created the schema first: it exists now, so this is a version of it.
            return writer.publish(registryName, registry.get().id(), schemaName, document, hash, noTags);
        }
    }
}
