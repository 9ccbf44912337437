package dev.bindery.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A random JSON Schema together with a generator of instances valid against it. Each schema node
 * knows how to produce its own valid values, so instances are valid by construction.
 */
final class RandomSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);
    private static final String[] NAMES = {
        "id",
        "name",
        "kebab-name",
        "snake_name",
        "with space",
        "1st",
        "class",
        "Object",
        "größe",
        "",
        "x-y",
        "fooBar",
        "foo_bar",
        "value",
        "type",
        "list",
        "détail",
        "URL"
    };

    /** A schema and how to make valid instances of it. */
    interface Node {
        JsonNode schema();

        JsonNode instance(Random random);
    }

    /** A generated document: the schema and valid instances. */
    record Case(JsonNode schema, List<JsonNode> instances) {
        @Override
        public String toString() {
            return "schema " + schema + "\ninstances " + instances;
        }
    }

    private final Random random;
    private int defs;
    private final ObjectNode definitions = JSON.objectNode();

    private RandomSchemas(Random random) {
        this.random = random;
    }

    static Case generate(Random random) {
        RandomSchemas g = new RandomSchemas(random);
        Node root = g.object(0);
        ObjectNode schema = ((ObjectNode) root.schema()).deepCopy();
        schema.put("title", "Root");
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        if (!g.definitions.isEmpty()) {
            schema.set("$defs", g.definitions);
        }
        List<JsonNode> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(root.instance(random));
        }
        return new Case(schema, instances);
    }

    private Node any(int depth) {
        int pick = random.nextInt(depth >= 3 ? 9 : 17);
        return switch (pick) {
            case 0 -> string();
            case 1 -> integer();
            case 2 -> number();
            case 3 -> bool();
            case 4 -> enumeration();
            case 5 -> formatted();
            case 6 -> anything();
            case 7 -> scalarUnion();
            case 8 -> tuple();
            case 9, 10 -> object(depth + 1);
            case 11 -> array(depth + 1);
            case 12 -> union(depth + 1);
            case 13 -> map(depth + 1);
            case 14 -> allOf(depth + 1);
            case 15 -> deducedUnion(depth + 1);
            default -> viaRef(depth + 1);
        };
    }

    private static Node node(JsonNode schema, java.util.function.Function<Random, JsonNode> values) {
        return new Node() {
            @Override
            public JsonNode schema() {
                return schema;
            }

            @Override
            public JsonNode instance(Random random) {
                return values.apply(random);
            }
        };
    }

    private Node string() {
        return node(JSON.objectNode().put("type", "string"), r -> JSON.textNode(text(r)));
    }

    private static String text(Random r) {
        String[] samples = {"", "a", "hello world", "ünïcödé", "quote\"back\\slash", "tab\tnew\nline", "🙂", "\u0000"};
        return samples[r.nextInt(samples.length)] + (r.nextBoolean() ? Integer.toString(r.nextInt(1000)) : "");
    }

    private Node integer() {
        int bounds = random.nextInt(3);
        ObjectNode schema = JSON.objectNode().put("type", "integer");
        if (bounds == 0) {
            schema.put("minimum", -1000).put("maximum", 1000);
            return node(schema, r -> JSON.numberNode(r.nextInt(2001) - 1000));
        }
        if (bounds == 1) {
            schema.put("format", "int64");
            return node(schema, r -> JSON.numberNode(r.nextLong()));
        }
        return node(schema, r -> JSON.numberNode(new BigInteger(100, r).subtract(BigInteger.ONE.shiftLeft(99))));
    }

    private Node number() {
        return node(JSON.objectNode().put("type", "number"), r -> {
            BigDecimal d = new BigDecimal(BigInteger.valueOf(r.nextLong()), r.nextInt(40) - 10);
            return JSON.numberNode(d);
        });
    }

    private Node bool() {
        return node(JSON.objectNode().put("type", "boolean"), r -> JSON.booleanNode(r.nextBoolean()));
    }

    private Node enumeration() {
        String[] values = {"NEW", "in-progress", "done", "2fa", "", "ä"};
        int n = 2 + random.nextInt(3);
        ArrayNode array = JSON.arrayNode();
        for (int i = 0; i < n; i++) {
            array.add(values[i]);
        }
        ObjectNode schema = JSON.objectNode();
        schema.set("enum", array);
        return node(schema, r -> JSON.textNode(values[r.nextInt(n)]));
    }

    private Node formatted() {
        int pick = random.nextInt(4);
        ObjectNode schema = JSON.objectNode().put("type", "string");
        switch (pick) {
            case 0 -> {
                schema.put("format", "date-time");
                return node(schema, r -> {
                    Instant instant = Instant.ofEpochSecond(
                            r.nextInt(2_000_000_000), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
                    ZoneOffset offset = ZoneOffset.ofTotalSeconds((r.nextInt(49) - 24) * 1800);
                    return JSON.textNode(
                            OffsetDateTime.ofInstant(instant, offset).toString());
                });
            }
            case 1 -> {
                schema.put("format", "date");
                return node(
                        schema,
                        r -> JSON.textNode(
                                LocalDate.ofEpochDay(r.nextInt(40000)).toString()));
            }
            case 2 -> {
                schema.put("format", "uuid");
                return node(schema, r -> JSON.textNode(new UUID(r.nextLong(), r.nextLong()).toString()));
            }
            default -> {
                schema.put("format", "uri");
                return node(
                        schema, r -> JSON.textNode("https://example.com/p/" + r.nextInt(100) + "?q=" + r.nextInt(9)));
            }
        }
    }

    private Node anything() {
        return node(JSON.objectNode(), r -> {
            return switch (r.nextInt(5)) {
                case 0 -> JSON.nullNode();
                case 1 -> JSON.numberNode(new BigDecimal("1e400"));
                case 2 -> JSON.arrayNode().add(1).add("x").addNull();
                case 3 -> JSON.objectNode().put("k", r.nextInt());
                default -> JSON.textNode(text(r));
            };
        });
    }

    private Node scalarUnion() {
        if (random.nextBoolean()) {
            ObjectNode schema = JSON.objectNode();
            schema.putArray("type").add("string").add("integer");
            return node(
                    schema,
                    r -> r.nextBoolean() ? JSON.textNode(text(r)) : JSON.numberNode(BigInteger.valueOf(r.nextLong())));
        }
        ObjectNode schema = JSON.objectNode();
        schema.putArray("oneOf")
                .add(JSON.objectNode().put("type", "boolean"))
                .add(JSON.objectNode().put("type", "number"));
        return node(
                schema,
                r -> r.nextBoolean()
                        ? JSON.booleanNode(r.nextBoolean())
                        : JSON.numberNode(new BigDecimal(BigInteger.valueOf(r.nextInt()), r.nextInt(8))));
    }

    private Node tuple() {
        if (random.nextBoolean()) {
            ObjectNode schema =
                    JSON.objectNode().put("type", "array").put("minItems", 2).put("items", false);
            ObjectNode second = JSON.objectNode();
            second.putArray("type").add("string").add("null");
            schema.putArray("prefixItems")
                    .add(JSON.objectNode().put("type", "integer"))
                    .add(second);
            return node(
                    schema,
                    r -> JSON.arrayNode()
                            .add(r.nextInt())
                            .add(r.nextBoolean() ? JSON.nullNode() : JSON.textNode(text(r))));
        }
        ObjectNode schema = JSON.objectNode().put("type", "array");
        schema.putArray("prefixItems")
                .add(JSON.objectNode().put("type", "string"))
                .add(JSON.objectNode().put("type", "number"));
        return node(schema, r -> {
            ArrayNode a = JSON.arrayNode().add(text(r));
            if (r.nextBoolean()) {
                a.add(new BigDecimal("2.50"));
            }
            return a;
        });
    }

    private Node map(int depth) {
        Node values = any(depth);
        ObjectNode schema = JSON.objectNode().put("type", "object");
        schema.set("additionalProperties", values.schema());
        return node(schema, r -> {
            ObjectNode o = JSON.objectNode();
            int n = r.nextInt(3);
            for (int i = 0; i < n; i++) {
                o.set(NAMES[r.nextInt(NAMES.length)], values.instance(r));
            }
            return o;
        });
    }

    private Node allOf(int depth) {
        // both parts open: an instance may carry any property either part does not declare
        Node first = ref(object(depth, "", false));
        Node second = object(depth, "more ", false);
        ObjectNode schema = JSON.objectNode();
        schema.putArray("allOf").add(first.schema()).add(second.schema());
        return node(schema, r -> {
            ObjectNode o = ((ObjectNode) first.instance(r)).deepCopy();
            o.setAll((ObjectNode) second.instance(r));
            return o;
        });
    }

    private Node deducedUnion(int depth) {
        Node left = object(depth, "left ", true);
        Node right = object(depth, "right ", true);
        ObjectNode schema = JSON.objectNode();
        schema.putArray("anyOf").add(left.schema()).add(right.schema());
        return node(schema, r -> (r.nextBoolean() ? left : right).instance(r));
    }

    private Node array(int depth) {
        Node items = any(depth);
        ObjectNode schema = JSON.objectNode().put("type", "array");
        schema.set("items", items.schema());
        return node(schema, r -> {
            ArrayNode a = JSON.arrayNode();
            int n = r.nextInt(3);
            for (int i = 0; i < n; i++) {
                a.add(items.instance(r));
            }
            return a;
        });
    }

    private Node viaRef(int depth) {
        return ref(object(depth));
    }

    private Node ref(Node target) {
        String name = "Def" + (++defs);
        definitions.set(name, target.schema());
        return node(JSON.objectNode().put("$ref", "#/$defs/" + name), target::instance);
    }

    private Node union(int depth) {
        int n = 2 + random.nextInt(2);
        List<Node> variants = new ArrayList<>();
        ArrayNode oneOf = JSON.arrayNode();
        for (int i = 0; i < n; i++) {
            Node body = object(depth);
            ObjectNode schema = ((ObjectNode) body.schema()).deepCopy();
            ObjectNode properties = (ObjectNode) schema.get("properties");
            properties.remove("kind");
            properties.set("kind", JSON.objectNode().put("const", "v" + i));
            ArrayNode required =
                    schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
            required.add("kind");
            String tag = "v" + i;
            variants.add(node(schema, r -> ((ObjectNode) body.instance(r)).put("kind", tag)));
            oneOf.add(schema);
        }
        ObjectNode schema = JSON.objectNode();
        schema.set("oneOf", oneOf);
        return node(schema, r -> variants.get(r.nextInt(variants.size())).instance(r));
    }

    private Node object(int depth) {
        return object(depth, "", null);
    }

    /**
     * An object; {@code prefix} keeps its property names apart from a sibling's; {@code closedRequired}
     * forces a closed object whose first property is required (for deduction), or an open one when false.
     */
    private Node object(int depth, String prefix, Boolean closedRequired) {
        int n = 1 + random.nextInt(4);
        ObjectNode properties = JSON.objectNode();
        ArrayNode required = JSON.arrayNode();
        List<String> names = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        List<boolean[]> flags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = prefix + NAMES[random.nextInt(NAMES.length)];
            if (names.contains(name) || name.equals("kind") || !prefix.isEmpty() && name.equals(prefix)) {
                continue;
            }
            Node value = any(depth);
            boolean isRequired = random.nextBoolean() || Boolean.TRUE.equals(closedRequired) && names.isEmpty();
            boolean nullable = random.nextInt(3) == 0 && !value.schema().isEmpty();
            JsonNode schema = value.schema();
            if (nullable) {
                ObjectNode wrapper = JSON.objectNode();
                wrapper.putArray("oneOf")
                        .add(JSON.objectNode().put("type", "null"))
                        .add(schema);
                schema = wrapper;
            }
            names.add(name);
            values.add(value);
            flags.add(new boolean[] {isRequired, nullable});
            properties.set(name, schema);
            if (isRequired) {
                required.add(name);
            }
        }
        int additional = closedRequired == null ? random.nextInt(3) : closedRequired ? 1 : 0;
        ObjectNode schema = JSON.objectNode().put("type", "object");
        schema.set("properties", properties);
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        Node extraValues = additional == 2 ? string() : null;
        if (additional == 1) {
            schema.put("additionalProperties", false);
        } else if (additional == 2) {
            schema.set("additionalProperties", extraValues.schema());
        }
        return node(schema, r -> {
            ObjectNode o = JSON.objectNode();
            for (int i = 0; i < names.size(); i++) {
                boolean[] f = flags.get(i);
                if (!f[0] && r.nextInt(3) == 0) {
                    continue;
                }
                o.set(
                        names.get(i),
                        f[1] && r.nextInt(3) == 0
                                ? JSON.nullNode()
                                : values.get(i).instance(r));
            }
            if (additional == 0 && r.nextBoolean()) {
                o.set(
                        "unknown-" + r.nextInt(10),
                        r.nextBoolean()
                                ? JSON.textNode("kept")
                                : JSON.arrayNode().add(1.5));
            } else if (additional == 2 && r.nextBoolean()) {
                o.set("extra-" + r.nextInt(10), extraValues.instance(r));
            }
            return o;
        });
    }
}
