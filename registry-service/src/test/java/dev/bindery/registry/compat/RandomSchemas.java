package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random 2020-12 schemas for the soundness property, and random mutations of them: the kind of edits people make
 * between versions (properties, required, types, enums, bounds, formats, content models, oneOf/anyOf branches, items,
 * references to {@code $defs}). Everything is driven by one {@link Random}, so a seed reproduces a pair.
 */
final class RandomSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String[] NAMES = {"a", "b", "c", "d"};
    private static final String[] WORDS = {"A", "B", "C", "D"};
    private static final String[] PATTERNS = {"^a", "^[ab]*$", "b$"};
    private static final String[] FORMATS = {"date", "email"};
    private static final String[] SCALARS = {"string", "integer", "number", "boolean", "null"};

    private final Random random;

    RandomSchemas(Random random) {
        this.random = random;
    }

    /** A root object schema, sometimes with a definition referenced from a property. */
    ObjectNode root() {
        ObjectNode root = object(2);
        if (random.nextInt(3) == 0) {
            root.putObject("$defs").set("D", schema(1));
            ((ObjectNode) root.get("properties")).putObject("r").put("$ref", "#/$defs/D");
        }
        return root;
    }

    JsonNode schema(int depth) {
        int choice = random.nextInt(depth > 0 ? 10 : 6);
        return switch (choice) {
            case 0, 1 -> string();
            case 2 -> number(random.nextBoolean() ? "integer" : "number");
            case 3 -> enumeration();
            case 4 -> nullable(scalar());
            case 5 -> random.nextInt(4) == 0 ? NODES.booleanNode(random.nextInt(3) > 0) : scalar();
            case 6, 7 -> object(depth - 1);
            case 8 -> array(depth - 1);
            default -> union(depth - 1);
        };
    }

    private ObjectNode scalar() {
        String type = SCALARS[random.nextInt(SCALARS.length)];
        return type.equals("string")
                ? string()
                : type.startsWith("n") && !type.equals("null") || type.equals("integer")
                        ? number(type)
                        : NODES.objectNode().put("type", type);
    }

    private ObjectNode nullable(ObjectNode schema) {
        String type = schema.path("type").asText("string");
        schema.putArray("type").add(type).add("null");
        return schema;
    }

    private ObjectNode string() {
        ObjectNode s = NODES.objectNode().put("type", "string");
        if (random.nextInt(4) == 0) {
            s.put("minLength", random.nextInt(3));
        }
        if (random.nextInt(4) == 0) {
            s.put("maxLength", 1 + random.nextInt(4));
        }
        if (random.nextInt(6) == 0) {
            s.put("pattern", PATTERNS[random.nextInt(PATTERNS.length)]);
        }
        if (random.nextInt(6) == 0) {
            s.put("format", FORMATS[random.nextInt(FORMATS.length)]);
        }
        return s;
    }

    private ObjectNode number(String type) {
        ObjectNode n = NODES.objectNode().put("type", type);
        if (random.nextInt(3) == 0) {
            n.put(random.nextBoolean() ? "minimum" : "exclusiveMinimum", random.nextInt(4) - 1);
        }
        if (random.nextInt(3) == 0) {
            n.put(random.nextBoolean() ? "maximum" : "exclusiveMaximum", 2 + random.nextInt(4));
        }
        if (random.nextInt(6) == 0) {
            n.put("multipleOf", 1 + random.nextInt(3));
        }
        return n;
    }

    private ObjectNode enumeration() {
        ObjectNode e = NODES.objectNode().put("type", "string");
        ArrayNode values = e.putArray("enum");
        for (String word : WORDS) {
            if (random.nextBoolean()) {
                values.add(word);
            }
        }
        if (values.isEmpty()) {
            values.add("A");
        }
        return e;
    }

    ObjectNode object(int depth) {
        ObjectNode o = NODES.objectNode().put("type", "object");
        ObjectNode props = o.putObject("properties");
        for (String name : NAMES) {
            if (random.nextInt(3) > 0) {
                props.set(name, schema(Math.max(depth, 0)));
            }
        }
        ArrayNode required = NODES.arrayNode();
        props.fieldNames().forEachRemaining(n -> {
            if (random.nextInt(3) == 0) {
                required.add(n);
            }
        });
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        extra(o);
        return o;
    }

    private void extra(ObjectNode o) {
        switch (random.nextInt(5)) {
            case 0 -> o.put("additionalProperties", false);
            case 1 -> o.put("additionalProperties", true);
            case 2 -> o.set("additionalProperties", random.nextBoolean() ? string() : nullable(string()));
            default -> o.remove("additionalProperties");
        }
    }

    private ObjectNode array(int depth) {
        ObjectNode a = NODES.objectNode().put("type", "array");
        if (random.nextInt(4) == 0) {
            a.putArray("prefixItems").add(schema(0));
            if (random.nextBoolean()) {
                a.put("items", false);
            }
        } else {
            a.set("items", schema(Math.max(depth, 0)));
        }
        if (random.nextInt(3) == 0) {
            a.put("minItems", random.nextInt(2));
        }
        if (random.nextInt(3) == 0) {
            a.put("maxItems", 1 + random.nextInt(3));
        }
        if (random.nextInt(5) == 0) {
            a.put("uniqueItems", true);
        }
        return a;
    }

    private ObjectNode union(int depth) {
        ObjectNode u = NODES.objectNode();
        ArrayNode branches = u.putArray(random.nextBoolean() ? "oneOf" : "anyOf");
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            branches.add(random.nextInt(3) == 0 ? object(Math.max(depth, 0)) : scalar());
        }
        return u;
    }

    /** A copy of {@code schema} with one to three random edits that change it (one pair in ten is left equal). */
    JsonNode mutate(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        if (random.nextInt(10) == 0) {
            return copy;
        }
        int edits = 1 + random.nextInt(3);
        for (int i = 0, attempts = 0; i < edits && attempts < 50; attempts++) {
            List<ObjectNode> nodes = new ArrayList<>();
            collect(copy, nodes);
            JsonNode before = copy.deepCopy();
            edit(nodes.get(random.nextInt(nodes.size())));
            if (!before.equals(copy)) {
                i++;
            }
        }
        return copy;
    }

    private static void collect(JsonNode schema, List<ObjectNode> into) {
        if (!(schema instanceof ObjectNode o)) {
            return;
        }
        into.add(o);
        o.path("properties").forEach(p -> collect(p, into));
        o.path("$defs").forEach(p -> collect(p, into));
        o.path("prefixItems").forEach(p -> collect(p, into));
        o.path("oneOf").forEach(p -> collect(p, into));
        o.path("anyOf").forEach(p -> collect(p, into));
        collect(o.path("items"), into);
        collect(o.path("additionalProperties"), into);
    }

    private void edit(ObjectNode s) {
        String type = s.path("type").isArray()
                ? s.path("type").get(0).asText()
                : s.path("type").asText("");
        switch (random.nextInt(14)) {
            case 0 -> { // add a property
                if (type.equals("object")) {
                    ObjectNode props = s.with("properties");
                    props.set(NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : "x"), schema(0));
                }
            }
            case 1 -> { // remove a property
                if (s.has("properties") && s.get("properties").size() > 0) {
                    List<String> names = new ArrayList<>();
                    s.get("properties").fieldNames().forEachRemaining(names::add);
                    ((ObjectNode) s.get("properties")).remove(names.get(random.nextInt(names.size())));
                }
            }
            case 2 -> { // toggle required
                if (s.has("properties") && s.get("properties").size() > 0) {
                    List<String> names = new ArrayList<>();
                    s.get("properties").fieldNames().forEachRemaining(names::add);
                    String name = names.get(random.nextInt(names.size()));
                    ArrayNode required = NODES.arrayNode();
                    boolean had = false;
                    for (JsonNode r : s.path("required")) {
                        if (r.asText().equals(name)) {
                            had = true;
                        } else {
                            required.add(r);
                        }
                    }
                    if (!had) {
                        required.add(name);
                    }
                    s.set("required", required);
                }
            }
            case 3 -> { // change the type: widen, narrow or replace
                if (!type.isEmpty() && !type.equals("object") && !type.equals("array")) {
                    switch (random.nextInt(4)) {
                        case 0 -> s.putArray("type").add(type).add("null");
                        case 1 -> s.put("type", type);
                        case 2 ->
                            s.put(
                                    "type",
                                    type.equals("integer") ? "number" : type.equals("number") ? "integer" : "string");
                        default -> s.put("type", SCALARS[random.nextInt(SCALARS.length)]);
                    }
                }
            }
            case 4 -> { // enum: add or drop a value
                if (s.has("enum")) {
                    ArrayNode values = (ArrayNode) s.get("enum");
                    if (random.nextBoolean() && values.size() > 1) {
                        values.remove(random.nextInt(values.size()));
                    } else {
                        values.add("E" + random.nextInt(2));
                    }
                } else if (type.equals("string") && random.nextInt(3) == 0) {
                    s.putArray("enum").add("A").add("B");
                }
            }
            case 5 -> { // numeric bounds
                String[] keys = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"};
                String key = keys[random.nextInt(keys.length)];
                if (s.has(key) && random.nextBoolean()) {
                    s.remove(key);
                } else {
                    s.put(key, key.equals("multipleOf") ? 1 + random.nextInt(4) : random.nextInt(6) - 1);
                }
            }
            case 6 -> { // string bounds
                String key = random.nextBoolean() ? "minLength" : "maxLength";
                if (s.has(key) && random.nextBoolean()) {
                    s.remove(key);
                } else {
                    s.put(key, random.nextInt(4));
                }
            }
            case 7 -> { // pattern or format
                String key = random.nextBoolean() ? "pattern" : "format";
                if (s.has(key)) {
                    s.remove(key);
                } else {
                    s.put(
                            key,
                            key.equals("pattern")
                                    ? PATTERNS[random.nextInt(PATTERNS.length)]
                                    : FORMATS[random.nextInt(FORMATS.length)]);
                }
            }
            case 8 -> { // content model
                if (type.equals("object")) {
                    extra(s);
                }
            }
            case 9 -> { // branches: add, remove, reorder
                JsonNode union = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
                if (union instanceof ArrayNode branches) {
                    switch (random.nextInt(3)) {
                        case 0 -> branches.add(scalar());
                        case 1 -> {
                            if (branches.size() > 1) {
                                branches.remove(random.nextInt(branches.size()));
                            }
                        }
                        default -> branches.insert(0, branches.remove(branches.size() - 1));
                    }
                }
            }
            case 10 -> { // items
                if (type.equals("array")) {
                    if (s.has("prefixItems") && random.nextBoolean()) {
                        ((ArrayNode) s.get("prefixItems")).add(schema(0));
                    } else {
                        s.set("items", random.nextInt(4) == 0 ? NODES.booleanNode(random.nextBoolean()) : schema(0));
                    }
                }
            }
            case 11 -> { // array bounds
                if (type.equals("array")) {
                    String[] keys = {"minItems", "maxItems", "uniqueItems"};
                    String key = keys[random.nextInt(keys.length)];
                    if (s.has(key)) {
                        s.remove(key);
                    } else if (key.equals("uniqueItems")) {
                        s.put(key, true);
                    } else {
                        s.put(key, random.nextInt(3));
                    }
                }
            }
            case 12 -> { // const
                if (s.has("const")) {
                    s.remove("const");
                } else if (type.equals("string") && random.nextInt(3) == 0) {
                    s.put("const", WORDS[random.nextInt(WORDS.length)]);
                }
            }
            default -> {} // no-op: identical versions must be compatible too
        }
    }
}
