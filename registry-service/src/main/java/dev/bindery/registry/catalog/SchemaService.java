package dev.bindery.registry.catalog;

import dev.bindery.registry.content.ContentValidator;
import dev.bindery.registry.content.ExportFormat;
import dev.bindery.registry.content.JsonSchemaExporter;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.RegistryRow;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Schema writes and exports. Input is checked and content validated and stored before the
 * {@link SchemaWriter} transaction starts, so the transaction holding the schema's lock is short.
 */
@Singleton
public class SchemaService {

    private final RegistryService registries;
    private final SchemaQueries reader;
    private final SchemaWriter writer;
    private final ContentStore contents;
    private final ContentValidator validator;
    private final JsonSchemaExporter exporter;
    private final InputRules rules;
    private final Tags tags;

    public SchemaService(
            RegistryService registries,
            SchemaQueries reader,
            SchemaWriter writer,
            ContentStore contents,
            ContentValidator validator,
            JsonSchemaExporter exporter,
            InputRules rules,
            Tags tags) {
        this.registries = registries;
        this.reader = reader;
        this.writer = writer;
        this.contents = contents;
        this.validator = validator;
        this.exporter = exporter;
        this.rules = rules;
        this.tags = tags;
    }

    /** What CreateSchema and UpdateSchema carry in their bodies. */
    public record Input(
            @Nullable String content,
            @Nullable String type,
            @Nullable String description,
            @Nullable Map<String, String> tags,
            @Nullable String clientToken) {}

    public SchemaVersion create(String registryName, String schemaName, Input input) {
        rules.schemaName(schemaName);
        if (input.type() == null) {
            throw ApiException.badRequest("Type is required: OpenApi3 or JSONSchemaDraft4.");
        }
        SchemaType type = SchemaType.parse("Type", input.type());
        String content = rules.content(input.content());
        rules.description(input.description());
        Map<String, String> newTags = tags.check(input.tags() == null ? Map.of() : input.tags());
        RegistryRow registry = registries.require(registryName);
        validator.validate(type, content);
        String hash = contents.store(content);
        try {
            return writer.create(
                    registryName, registry.id(), schemaName, type, hash, input.description(), tags.write(newTags));
        } catch (DataAccessException e) {
            if (UniqueViolation.isCauseOf(e)) {
                throw SchemaQueries.alreadyExists(registryName, schemaName);
            }
            throw e;
        }
    }

    /**
     * Adds a version when the content or type changes. Identical content and type make no version:
     * a new description alone is applied to the latest version, otherwise ConflictException
     * ("No change since the previous version"). A repeated {@code ClientTokenId} returns the version
     * that token created.
     */
    public SchemaVersion update(String registryName, String schemaName, Input input) {
        return update(registryName, schemaName, input, true);
    }

    /**
     * As {@link #update(String, String, Input)}; {@code enforceCompatibility} false records how a new
     * version compares with its predecessors without refusing it (discovery's versions describe events
     * that were already sent).
     */
    public SchemaVersion update(String registryName, String schemaName, Input input, boolean enforceCompatibility) {
        rules.description(input.description());
        rules.clientToken(input.clientToken());
        if (input.content() == null && input.type() == null && input.description() == null) {
            throw ApiException.badRequest("UpdateSchema needs at least one of Content, Type and Description.");
        }
        SchemaType type = input.type() == null ? null : SchemaType.parse("Type", input.type());
        RegistryRow registry = registries.require(registryName);
        String hash = null;
        if (input.content() != null || type != null) {
            SchemaVersion latest = reader.describe(registryName, schemaName, null);
            String content = input.content() != null ? rules.content(input.content()) : latest.content();
            validator.validate(type != null ? type : latest.type(), content);
            hash = contents.store(content);
        }
        return writer.update(
                registryName,
                registry.id(),
                schemaName,
                new SchemaWriter.Change(hash, type, input.description(), input.clientToken(), enforceCompatibility));
    }

    public void delete(String registryName, String schemaName) {
        writer.delete(registryName, registries.require(registryName).id(), schemaName);
    }

    public void deleteVersion(String registryName, String schemaName, String version) {
        long number = rules.version(version);
        writer.deleteVersion(registryName, registries.require(registryName).id(), schemaName, number);
    }

    /** A version's content as JSON Schema (draft-04, or 2020-12), from any registry (AWS allows fewer). */
    public Exported export(String registryName, String schemaName, @Nullable String version, @Nullable String type) {
        ExportFormat format = ExportFormat.parse(type);
        SchemaVersion source =
                reader.describe(registryName, schemaName, version == null ? null : rules.version(version));
        return new Exported(source, exporter.export(source.type(), source.content(), format), format);
    }

    /** An exported version: the version it came from, the JSON Schema text and its format. */
    public record Exported(SchemaVersion source, String content, ExportFormat format) {}
}
