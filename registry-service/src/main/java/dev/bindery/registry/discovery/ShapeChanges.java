package dev.bindery.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.json.JsonMappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Says in a few words what changed between two discovered documents (EventBridge's layout), for a
 * version's description: fields added, fields that became optional or required, fields whose type
 * changed, enumerations found, grown, shrunk or given up, fields gone. Paths read from the event
 * root, e.g. {@code detail.customer.email}. A description longer than a version's allows ends with
 * the count of the changes left out.
 */
final class ShapeChanges {

    private static final int MAX_LENGTH = 256;
    private static final int MAX_DEPTH = 300;

    private ShapeChanges() {}

    /** A property: whether required, its type in words, and its enumeration ({@code null} if none). */
    private record Field(boolean required, String type, List<String> values) {}

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
                return;
            }
            if (old.required() != field.required()) {
                changes.add(path + (field.required() ? " became required" : " became optional"));
            }
            if (!old.type().equals(field.type())) {
                changes.add(path + " changed from " + old.type() + " to " + field.type());
            }
            enumChange(path, old.values(), field.values()).ifPresent(changes::add);
        });
        before.keySet().stream()
                .filter(path -> !after.containsKey(path))
                .forEach(path -> changes.add("removed " + path));
        return changes.isEmpty() ? "Refined the inferred schema" : joined(changes);
    }

    private static Optional<String> enumChange(String path, List<String> before, List<String> after) {
        if (before == null && after == null || before != null && before.equals(after)) {
            return Optional.empty();
        }
        if (before == null) {
            return Optional.of(path + " became an enum of " + after.size() + " values");
        }
        if (after == null) {
            return Optional.of(path + " is no longer an enum");
        }
        TreeSet<String> gained = new TreeSet<>(after);
        gained.removeAll(before);
        TreeSet<String> lost = new TreeSet<>(before);
        lost.removeAll(after);
        List<String> parts = new ArrayList<>();
        if (!gained.isEmpty()) {
            parts.add("gained " + String.join(", ", gained));
        }
        if (!lost.isEmpty()) {
            parts.add("lost " + String.join(", ", lost));
        }
        return Optional.of(path + " enum " + String.join(" and ", parts));
    }

    /** The changes joined with {@code ; }, as many as fit, then how many more there are. */
    private static String joined(List<String> changes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            String next = (i == 0 ? "" : "; ") + changes.get(i);
            if (out.length() + next.length() + more(changes.size() - i - 1).length() > MAX_LENGTH) {
                if (i == 0) {
                    String more = more(changes.size() - 1);
                    return next.substring(0, MAX_LENGTH - more.length() - 1) + "…" + more;
                }
                return out.append(more(changes.size() - i)).toString(); // fits: reserved when the last was added
            }
            out.append(next);
        }
        return out.toString();
    }

    private static String more(int count) {
        return count == 0 ? "" : "; and " + count + " more " + (count == 1 ? "change" : "changes");
    }

    /** Every property reachable from the root component, by path, with its requiredness and type. */
    private static Map<String, Field> fields(String document) {
        JsonNode root;
        try {
            root = JsonMappers.strict().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored discovered document does not parse", e);
        }
        JsonNode components = root.path("components").path("schemas");
        JsonNode start = components.has("AWSEvent")
                ? components.get("AWSEvent")
                : components.elements().next();
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
        for (Map.Entry<String, JsonNode> property : resolved.get("properties").properties()) {
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonNode value = resolve(property.getValue(), components);
            into.put(path, new Field(required.contains(property.getKey()), type(value), enumValues(value)));
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

    private static List<String> enumValues(JsonNode schema) {
        if (!schema.path("enum").isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        schema.get("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static String type(JsonNode schema) {
        String type = schema.has("type") ? schema.get("type").asText() : schema.has("anyOf") ? "a union" : "any";
        String format = schema.path("format").asText("");
        boolean nullable = schema.path("nullable").asBoolean(false);
        return type + (format.isEmpty() ? "" : " (" + format + ")") + (nullable ? " or null" : "");
    }
}
