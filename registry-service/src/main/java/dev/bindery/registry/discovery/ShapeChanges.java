package dev.bindery.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says in a few words what changed between two discovered documents (EventBridge's layout), for a
 * version's description: fields added, fields that became optional, fields whose type changed,
 * fields gone. Paths read from the event root, e.g. {@code detail.customer.email}.
 */
final class ShapeChanges {

    private static final int MAX_LENGTH = 256;
    private static final int MAX_DEPTH = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShapeChanges() {
    }

    private record Field(boolean required, String type) {
    }

    static String first(long eventCount) {
        return "Discovered from " + eventCount + (eventCount == 1 ? " event" : " events");
    }

    static String describe(String previousDocument, String nextDocument) {
        Map<String, Field> before = fields(previousDocument);
        Map<String, Field> after = fields(nextDocument);
        List<String> changes = new ArrayList<>();
        after.forEach((path, field) -> {
            Field old = before.get(path);
            if (old == null) {
                changes.add((field.required() ? "added field " : "added optional field ") + path);
            } else if (old.required() && !field.required()) {
                changes.add(path + " became optional");
            } else if (!old.type().equals(field.type())) {
                changes.add(path + " changed from " + old.type() + " to " + field.type());
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(path -> changes.add("removed " + path));
        String text = changes.isEmpty() ? "Refined the inferred schema" : String.join("; ", changes);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** Every property reachable from the root component, by path, with its requiredness and type. */
    private static Map<String, Field> fields(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored discovered document does not parse", e);
        }
        JsonNode components = root.path("components").path("schemas");
        JsonNode start = components.has("AWSEvent") ? components.get("AWSEvent") : components.elements().next();
        Map<String, Field> fields = new LinkedHashMap<>();
        walk(start, "", components, fields, 0);
        return fields;
    }

    private static void walk(JsonNode schema, String prefix, JsonNode components, Map<String, Field> into, int depth) {
        JsonNode resolved = resolve(schema, components);
        if (depth > MAX_DEPTH || !resolved.path("properties").isObject()) {
            return;
        }
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonNode value = resolve(property.getValue(), components);
            into.put(path, new Field(required.contains(property.getKey()), type(value)));
            walk(value, path, components, into, depth + 1);
            if (value.path("items").isObject()) {
                walk(value.get("items"), path + "[]", components, into, depth + 1);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components) {
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.asText().startsWith("#/components/schemas/")) {
            return components.path(ref.asText().substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        String type = schema.has("type") ? schema.get("type").asText() : schema.has("anyOf") ? "a union" : "any";
        String format = schema.path("format").asText("");
        boolean nullable = schema.path("nullable").asBoolean(false);
        return type + (format.isEmpty() ? "" : " (" + format + ")") + (nullable ? " or null" : "");
    }
}
