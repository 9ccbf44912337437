package dev.bindery.registry.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import dev.bindery.codegen.json.JsonMappers;
import dev.bindery.codegen.pointer.Pointer;
import dev.bindery.registry.config.Limits;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.JsonProblems;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that schema content is a valid document of its type before it is stored: it must parse as
 * JSON (no duplicate keys, nothing after the document), an {@code OpenApi3} document must declare {@code openapi: 3.x} and hold
 * {@code components.schemas}, and every JSON Schema in it must pass its meta-schema. Local
 * {@code $ref}s must resolve. Failures name what is wrong and where (line and column, or JSON
 * pointer).
 *
 * <p>Content deeper than the configured limit is refused before any recursive processing.
 * Meta-schemas come from the validator's bundled copies; any other schema location is refused,
 * so validation never reaches the network.
 */
@Singleton
public final class ContentValidator {

    private static final int MAX_REPORTED_PROBLEMS = 5;

    private final Map<String, JsonSchema> metaSchemas;
    private final int maxDepth;

    public ContentValidator(Limits limits) {
        this.maxDepth = limits.maxContentDepth();
        this.metaSchemas = Map.of(
                SchemaId.V4, metaSchema(VersionFlag.V4, SchemaId.V4),
                SchemaId.V6, metaSchema(VersionFlag.V6, SchemaId.V6),
                SchemaId.V7, metaSchema(VersionFlag.V7, SchemaId.V7),
                SchemaId.V201909, metaSchema(VersionFlag.V201909, SchemaId.V201909),
                SchemaId.V202012, metaSchema(VersionFlag.V202012, SchemaId.V202012));
    }

    private static JsonSchema metaSchema(VersionFlag version, String id) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                version,
                builder -> builder.schemaLoaders(loaders -> loaders.values(list ->
                        list.add(0, new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:"))))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ROOT)
                .build();
        return factory.getSchema(SchemaLocation.of(id), config);
    }

    /** Parses and checks {@code content} as a document of {@code type}; returns the parsed tree. */
    public JsonNode validate(SchemaType type, String content) {
        JsonNode document = parse(content);
        if (!document.isObject()) {
            throw ApiException.badRequest(
                    "Content must be a JSON object, but is a JSON %s.",
                    document.getNodeType().name().toLowerCase());
        }
        int depth = Nesting.depth(document);
        if (depth > maxDepth) {
            throw ApiException.badRequest("Content nests %d levels deep; the limit is %d.", depth, maxDepth);
        }
        switch (type) {
            case OpenApi3 -> validateOpenApi(document);
            case JSONSchemaDraft4 -> validateJsonSchema(document, "", metaSchemaFor(document));
        }
        LocalRefs.check(document);
        return document;
    }

    private JsonNode parse(String content) {
        try {
            return JsonMappers.strict().readTree(content);
        } catch (JsonProcessingException e) {
            throw JsonProblems.notJson("Content", e);
        }
    }

    private void validateOpenApi(JsonNode document) {
        JsonNode version = document.get("openapi");
        if (version == null || !version.isTextual() || !version.asText().startsWith("3.")) {
            throw ApiException.badRequest(
                    "Content of type OpenApi3 must have a string member 'openapi' with a 3.x version.");
        }
        JsonNode schemas = document.path("components").path("schemas");
        if (!schemas.isObject()) {
            throw ApiException.badRequest("Content of type OpenApi3 must have an object at /components/schemas.");
        }
        // OpenAPI 3.0 schema objects are an extended subset of draft-04; 3.1 uses draft 2020-12.
        JsonSchema meta = metaSchemas.get(version.asText().startsWith("3.0") ? SchemaId.V4 : SchemaId.V202012);
        for (Map.Entry<String, JsonNode> component : schemas.properties()) {
            validateJsonSchema(component.getValue(), "/components/schemas/" + Pointer.escape(component.getKey()), meta);
        }
    }

    private JsonSchema metaSchemaFor(JsonNode document) {
        JsonNode declared = document.get("$schema");
        if (declared == null) {
            return metaSchemas.get(SchemaId.V4);
        }
        String normalized = comparable(declared.asText());
        return metaSchemas.entrySet().stream()
                .filter(e -> comparable(e.getKey()).equals(normalized))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(
                        "Content declares an unknown $schema '%s'; accepted are the JSON Schema drafts 04, 06, 07, "
                                + "2019-09 and 2020-12 (meta-schemas are never fetched).",
                        declared.asText()));
    }

    /** A meta-schema URI without scheme and empty fragment: documents write them either way. */
    private static String comparable(String uri) {
        return uri.replaceFirst("^https?://", "").replaceFirst("#$", "");
    }

    private static void validateJsonSchema(JsonNode schema, String pointer, JsonSchema meta) {
        Set<ValidationMessage> problems = meta.validate(schema);
        if (!problems.isEmpty()) {
            String listed = problems.stream()
                    .sorted(Comparator.comparing(ValidationMessage::getMessage))
                    .limit(MAX_REPORTED_PROBLEMS)
                    .map(p -> pointer + p.getMessage())
                    .collect(Collectors.joining("; "));
            throw ApiException.badRequest("Content is not a valid JSON Schema: %s.", listed);
        }
    }
}
