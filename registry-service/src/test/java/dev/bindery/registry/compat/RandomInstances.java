package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Instances aimed at a schema: mostly valid, sometimes not (extra properties, missing optional ones, values at the
 * edges of bounds). Validity is decided by a real validator afterwards, never assumed.
 */
final class RandomInstances {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] STRINGS = {
        "", "a", "b", "ab", "ba", "aaaa", "A", "B", "C", "E0", "E1", "2024-02-29", "x@y.z", "abab"
    };
    private static final double[] NUMBERS = {-2, -1, 0, 1, 2, 2.5, 3, 4, 5, 6, 12};

    private final Random random;

    RandomInstances(Random random) {
        this.random = random;
    }

    JsonNode instance(JsonNode schema, JsonNode root, int depth) {
        if (schema.has("$ref")) {
            JsonNode target = root.at(schema.get("$ref").asText().substring(1));
            return target.isMissingNode() || depth > 6 ? any(0) : instance(target, root, depth + 1);
        }
        if (!schema.isObject() || depth > 6) {
            return any(1);
        }
        if (schema.has("const") && random.nextInt(5) > 0) {
            return schema.get("const");
        }
        if (schema.has("enum") && random.nextInt(5) > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        JsonNode union = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
        if (union != null && union.size() > 0) {
            return instance(union.get(random.nextInt(union.size())), root, depth + 1);
        }
        List<String> types = new ArrayList<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return any(1);
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return switch (types.get(random.nextInt(types.size()))) {
            case "string" -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case "integer" -> NODES.numberNode((int) NUMBERS[random.nextInt(NUMBERS.length)]);
            case "number" -> NODES.numberNode(NUMBERS[random.nextInt(NUMBERS.length)]);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            case "object" -> object(schema, root, depth);
            case "array" -> array(schema, root, depth);
            default -> any(1);
        };
    }

    private JsonNode object(JsonNode schema, JsonNode root, int depth) {
        ObjectNode o = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            if (random.nextInt(required.contains(p.getKey()) ? 12 : 3) > 0) {
                o.set(p.getKey(), instance(p.getValue(), root, depth + 1));
            }
        });
        if (random.nextInt(3) == 0) { // an extra property: mutations add names like "ax" and "b"
            String name =
                    RandomSchemas.NAMES[random.nextInt(RandomSchemas.NAMES.length)] + (random.nextBoolean() ? "x" : "");
            JsonNode extra = schema.path("additionalProperties");
            o.set(name, extra.isObject() && random.nextBoolean() ? instance(extra, root, depth + 1) : any(1));
        }
        return o;
    }

    private JsonNode array(JsonNode schema, JsonNode root, int depth) {
        ArrayNode a = NODES.arrayNode();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            JsonNode itemSchema = i < schema.path("prefixItems").size()
                    ? schema.get("prefixItems").get(i)
                    : schema.has("items") ? schema.get("items") : NODES.objectNode();
            a.add(instance(itemSchema, root, depth + 1));
        }
        return a;
    }

    JsonNode any(int depth) {
        return switch (random.nextInt(depth > 0 ? 6 : 5)) {
            case 0 -> NODES.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 1 -> NODES.numberNode(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.numberNode(random.nextInt(5));
            default -> {
                ObjectNode o = NODES.objectNode();
                o.set("a", any(depth - 1));
                yield o;
            }
        };
    }
}
