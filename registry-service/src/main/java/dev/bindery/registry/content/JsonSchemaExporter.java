package dev.bindery.registry.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.registry.error.ApiException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;

/**
 * Converts an OpenAPI 3 schema document to a JSON Schema document in the layout AWS's ExportSchema
 * produces: the root component ({@code AWSEvent} when present) becomes the document root, the other
 * components become {@code definitions} (draft-04) or {@code $defs} (2020-12), {@code $ref}s are
 * rewritten to match, {@code nullable: true} becomes a {@code "null"} member of {@code type}, and
 * keywords that only OpenAPI knows are dropped. Vendor extensions ({@code x-…}) are kept. For
 * 2020-12, OpenAPI 3.0's boolean {@code exclusiveMinimum}/{@code exclusiveMaximum} become numbers.
 */
@Singleton
public final class JsonSchemaExporter {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    private static final Set<String> OPENAPI_ONLY = Set.of(
            "nullable", "discriminator", "xml", "externalDocs", "example", "readOnly", "writeOnly", "deprecated");

    private final ObjectMapper mapper;

    public JsonSchemaExporter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Exports content of the given type as JSON Schema text of the given format. Content that is
     * already JSON Schema is returned unchanged, byte for byte.
     */
    public String export(SchemaType type, String content, ExportFormat format) {
        if (type == SchemaType.JSONSchemaDraft4) {
            return content;
        }
        try {
            return mapper.writeValueAsString(new Conversion(format).convert(mapper.readTree(content)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored content no longer parses", e);
        }
    }

    /** One conversion to one format; stateless apart from the format. */
    private static final class Conversion {

        private final ExportFormat format;

        Conversion(ExportFormat format) {
            this.format = format;
        }

        ObjectNode convert(JsonNode openApi) {
            JsonNode components = openApi.path("components").path("schemas");
            String rootName = rootComponent(openApi, components);
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("$schema", format.metaSchema());
            result.put("title", openApi.path("info").path("title").asText(rootName));
            ObjectNode definitions = result.putObject(format.definitionsKeyword());
            for (Map.Entry<String, JsonNode> component : components.properties()) {
                if (!component.getKey().equals(rootName)) {
                    definitions.set(component.getKey(), convertSchema(component.getValue(), rootName));
                }
            }
            if (definitions.isEmpty()) {
                result.remove(format.definitionsKeyword());
            }
            JsonNode root = convertSchema(components.get(rootName), rootName);
            if (root.isObject()) {
                root.properties().forEach(field -> result.set(field.getKey(), field.getValue()));
            }
            return result;
        }

        private String rootComponent(JsonNode openApi, JsonNode components) {
            if (!components.isObject() || components.isEmpty()) {
                throw ApiException.badRequest("The schema has no components to export.");
            }
            if (components.has("AWSEvent")) {
                return "AWSEvent";
            }
            String title = openApi.path("info").path("title").asText("");
            return components.has(title) ? title : components.fieldNames().next();
        }

        /** Rewrites one schema, iteratively in spirit: recursion depth is that of the stored schema. */
        private JsonNode convertSchema(JsonNode schema, String rootName) {
            if (schema.isArray()) {
                ArrayNode copy = JsonNodeFactory.instance.arrayNode();
                schema.forEach(item -> copy.add(convertSchema(item, rootName)));
                return copy;
            }
            if (!schema.isObject()) {
                return schema;
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : schema.properties()) {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (key.equals("$ref") && value.isTextual()) {
                    copy.put("$ref", rewriteRef(value.asText(), rootName));
                } else if (!OPENAPI_ONLY.contains(key)) {
                    copy.set(key, convertSchema(value, rootName));
                }
            }
            if (schema.path("nullable").asBoolean(false)) {
                addNullType(copy);
            }
            if (format == ExportFormat.DRAFT2020_12) {
                numericExclusiveBound(copy, "exclusiveMinimum", "minimum");
                numericExclusiveBound(copy, "exclusiveMaximum", "maximum");
            }
            return copy;
        }

        /** OpenAPI 3.0's {@code exclusiveMinimum: true} with {@code minimum: x} is 2020-12's {@code exclusiveMinimum: x}. */
        private void numericExclusiveBound(ObjectNode schema, String exclusive, String bound) {
            JsonNode flag = schema.get(exclusive);
            if (flag == null || !flag.isBoolean()) {
                return;
            }
            schema.remove(exclusive);
            if (flag.asBoolean() && schema.has(bound)) {
                schema.set(exclusive, schema.remove(bound));
            }
        }

        private void addNullType(ObjectNode schema) {
            JsonNode type = schema.get("type");
            if (type == null) {
                return; // no type restriction: null is already allowed
            }
            ArrayNode types = JsonNodeFactory.instance.arrayNode();
            if (type.isArray()) {
                types.addAll((ArrayNode) type);
            } else {
                types.add(type);
            }
            boolean hasNull = false;
            for (JsonNode t : types) {
                hasNull |= "null".equals(t.asText());
            }
            if (!hasNull) {
                types.add("null");
            }
            schema.set("type", types);
        }

        private String rewriteRef(String ref, String rootName) {
            if (!ref.startsWith(COMPONENT_PREFIX)) {
                return ref;
            }
            String rest = ref.substring(COMPONENT_PREFIX.length());
            int slash = rest.indexOf('/');
            String name = slash < 0 ? rest : rest.substring(0, slash);
            String tail = slash < 0 ? "" : rest.substring(slash);
            return name.equals(rootName) ? "#" + tail : "#/" + format.definitionsKeyword() + "/" + name + tail;
        }
    }
}
