package dev.bindery.registry.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a schema document (OpenAPI 3 with {@code components.schemas}, or JSON Schema with {@code definitions} or
 * {@code $defs}) into the fields of its events. The event is the {@code AWSEvent} component when there is one (the
 * discovered and AWS form), else the document's root schema when it has a {@code detail} property, else the root is
 * taken as the detail. Only local references are followed; combinators contribute the union of their properties.
 */
final class ShapeReader {

    private static final int MAX_DEPTH = 24;
    /** The envelope every EventBridge event has, whatever its schema says. */
    static final Map<String, EventShape.Field> ENVELOPE = Map.of(
            "version",
            string(),
            "id",
            string(),
            "detail-type",
            string(),
            "source",
            string(),
            "account",
            string(),
            "time",
            string(),
            "region",
            string(),
            "resources",
            new EventShape.Field(Set.of("string"), null, null, true),
            "detail",
            new EventShape.Field(Set.of("object"), null, null, true));

    private final JsonNode document;
    private final Map<String, Accumulated> fields = new LinkedHashMap<>();

    private ShapeReader(JsonNode document) {
        this.document = document;
    }

    /** Field accumulator: one path may be reached through several combinator branches. */
    private static final class Accumulated {
        final Set<String> types = new HashSet<>();
        final List<JsonNode> enumValues = new ArrayList<>();
        boolean withoutEnum;
        String format;
        boolean required = true;
    }

    /** The declared source and detail-type and the fields, of a document that may be any schema text. */
    record Read(@Nullable String source, @Nullable String detailType, Map<String, EventShape.Field> fields) {}

    static Read read(ObjectMapper mapper, String content) {
        JsonNode document;
        try {
            document = mapper.readTree(content);
        } catch (IOException e) {
            return new Read(null, null, ENVELOPE); // stored content is valid JSON; nothing to learn otherwise
        }
        ShapeReader reader = new ShapeReader(document);
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode root;
        if (schemas.has("AWSEvent")) {
            root = schemas.get("AWSEvent");
        } else if (document.has("properties") || document.has("$ref")) {
            root = document;
        } else if (schemas.isObject() && schemas.size() > 0) {
            root = schemas.elements().next();
        } else {
            root = document;
        }
        String source = text(root.get("x-amazon-events-source"), document.get("x-amazon-events-source"));
        String detailType = text(root.get("x-amazon-events-detail-type"), document.get("x-amazon-events-detail-type"));
        JsonNode resolved = reader.resolve(root, new ArrayList<>());
        if (resolved.path("properties").has("detail")) {
            reader.walk(root, "", true, 0, new ArrayList<>());
        } else {
            reader.walk(root, "detail", true, 0, new ArrayList<>());
        }
        Map<String, EventShape.Field> result = new LinkedHashMap<>(ENVELOPE);
        reader.fields.forEach((path, field) -> {
            if (!path.isEmpty() && !ENVELOPE.containsKey(path)) {
                result.put(
                        path,
                        new EventShape.Field(
                                field.types,
                                field.withoutEnum ? null : field.enumValues,
                                field.format,
                                field.required));
            }
        });
        return new Read(source, detailType, result);
    }

    private void walk(JsonNode schema, String path, boolean required, int depth, List<String> refs) {
        if (depth > MAX_DEPTH) {
            return;
        }
        List<String> seen = new ArrayList<>(refs);
        JsonNode node = resolve(schema, seen);
        if (node.isMissingNode()) {
            return; // a recursive or non-local reference: nothing more to learn here
        }
        Set<String> types = types(node);
        List<JsonNode> parts = new ArrayList<>(List.of(node));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combinator).forEach(part -> {
                JsonNode resolvedPart = resolve(part, new ArrayList<>(seen));
                parts.add(resolvedPart);
                types.addAll(types(resolvedPart));
            });
        }
        if (types.contains("array")) {
            for (JsonNode part : parts) {
                if (part.has("items")) {
                    walk(part.get("items"), path, required, depth + 1, seen);
                }
            }
            if (types.size() == 1) {
                return; // an array is matched through its elements
            }
            types.remove("array");
        }
        boolean object = types.contains("object") || parts.stream().anyMatch(p -> p.has("properties"));
        if (object) {
            types.add("object");
        }
        record(path, types, node, required);
        for (JsonNode part : parts) {
            Set<String> requiredNames = new HashSet<>();
            part.path("required").forEach(name -> requiredNames.add(name.asText()));
            part.path("properties")
                    .properties()
                    .forEach(property -> walk(
                            property.getValue(),
                            path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                            required && requiredNames.contains(property.getKey()),
                            depth + 1,
                            seen));
        }
    }

    private void record(String path, Set<String> types, JsonNode node, boolean required) {
        Accumulated field = fields.computeIfAbsent(path, p -> new Accumulated());
        field.types.addAll(types);
        if (node.has("enum")) {
            node.get("enum").forEach(field.enumValues::add);
        } else {
            field.withoutEnum = true;
        }
        if (node.hasNonNull("format")) {
            field.format = node.get("format").asText();
        }
        field.required = field.required && required;
    }

    private static Set<String> types(JsonNode node) {
        Set<String> types = new HashSet<>();
        JsonNode type = node.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        if (node.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        if (types.isEmpty() && node.has("enum")) {
            node.get("enum").forEach(value -> types.add(jsonType(value)));
        }
        return types;
    }

    static String jsonType(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "array" : "object";
    }

    /** Follows local {@code $ref}s, recording each in {@code refs}; an unresolvable one reads as an empty schema. */
    private JsonNode resolve(JsonNode schema, List<String> refs) {
        JsonNode node = schema;
        for (int i = 0; i < MAX_DEPTH && node.has("$ref"); i++) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || refs.contains(ref)) {
                refs.add(ref);
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            refs.add(ref);
            node = document.at(ref.substring(1));
        }
        return node;
    }

    private static @Nullable String text(@Nullable JsonNode first, @Nullable JsonNode second) {
        if (first != null && first.isTextual()) {
            return first.asText();
        }
        return second != null && second.isTextual() ? second.asText() : null;
    }

    private static EventShape.Field string() {
        return new EventShape.Field(Set.of("string"), null, null, true);
    }
}
