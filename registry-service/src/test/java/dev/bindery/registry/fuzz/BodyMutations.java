package dev.bindery.registry.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Mutations of a JSON document's members: dropped, added, retyped, made huge, deep, wide or odd,
 * strings with lone surrogates or bytes that are not UTF-8, and the JSON documents carried inside
 * string members (schema content, event details, policies) mutated in turn.
 */
final class BodyMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that have broken parsers, filters and databases before. */
    static final List<String> ODD_STRINGS = List.of(
            "",
            " ",
            "\u0000",
            "\t\n",
            "é",
            "日本語",
            "😀",
            "\u202e",
            "\uffff",
            "%zz",
            "%",
            "%00",
            "../../etc/passwd",
            "${jndi:ldap://x}",
            "' OR 1=1 --",
            "_%",
            "*",
            "\\",
            "\"",
            "-1",
            "0",
            "1e999999",
            "NaN",
            "null",
            "true",
            "+292278994-08-17T07:12:55.807Z",
            "-1000000000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "x".repeat(257),
            "<a>",
            "{\"json\":\"in a string\"}",
            "arn:aws:schemas:us-east-1:123456789012:registry/fx-main");

    /** Members holding JSON text: mutating what is inside tests the nested parsers. */
    private static final List<String> DOCUMENT_MEMBERS = List.of("Content", "Policy", "Detail");

    private BodyMutations() {}

    /** Every node of the tree below the root with its parent, for picking a place to mutate. */
    record Place(ContainerNode<?> parent, String field, int index, JsonNode node, int depth) {

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    static List<Place> places(JsonNode root) {
        List<Place> places = new ArrayList<>();
        collect(root, 1, places);
        return places;
    }

    private static void collect(JsonNode node, int depth, List<Place> into) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                into.add(new Place(object, field.getKey(), -1, field.getValue(), depth));
                collect(field.getValue(), depth + 1, into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(new Place(array, null, i, array.get(i), depth));
                collect(array.get(i), depth + 1, into);
            }
        }
    }

    /** A value of another JSON type than the given one; never null. */
    static JsonNode otherType(JsonNode current, Names n) {
        List<JsonNode> candidates = new ArrayList<>(List.of(
                NODES.numberNode(n.between(-5, 5)),
                NODES.booleanNode(true),
                NODES.arrayNode().add("a"),
                NODES.objectNode().put("a", 1),
                NODES.textNode("text"),
                NODES.numberNode(1.5e300),
                NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"))));
        candidates.removeIf(c -> c.getNodeType() == current.getNodeType());
        return n.pick(candidates);
    }

    /**
     * Applies one member-level mutation to the document and returns its name, or {@code null} if none
     * applies. {@code inner}: a schema document inside a member, which may also get odd {@code $ref}s.
     */
    static String mutate(JsonNode root, Names n, boolean inner) {
        List<Place> places = places(root);
        if (places.isEmpty() && !(root instanceof ObjectNode)) {
            return null;
        }
        int choice = n.between(0, inner ? 10 : 8);
        if (places.isEmpty()) {
            choice = 1;
        }
        Place place = places.isEmpty() ? null : n.pick(places);
        switch (choice) {
            case 0 -> {
                place.remove();
                return "drop-member";
            }
            case 1 -> {
                ContainerNode<?> parent =
                        place == null || !(place.node() instanceof ContainerNode<?> c) ? (ContainerNode<?>) root : c;
                if (parent instanceof ObjectNode object) {
                    object.set(
                            n.pick(List.of("Unknown", "Extra", "description", "__proto__", "")),
                            otherType(NODES.nullNode(), n));
                } else {
                    ((ArrayNode) parent).add(otherType(NODES.nullNode(), n));
                }
                return "add-member";
            }
            case 2 -> {
                place.set(NODES.nullNode());
                return "null-member";
            }
            case 3 -> {
                place.set(otherType(place.node(), n));
                return place.depth() == 1 ? "retype-member" : "retype-nested";
            }
            case 4 -> {
                place.set(NODES.textNode(n.pick(ODD_STRINGS)));
                return "odd-string";
            }
            case 5 -> {
                int length = n.pick(List.of(100_001, 300_000, 2_000_000));
                place.set(NODES.textNode(n.chance(0.5) ? "a".repeat(length) : "é€😀".repeat(length / 4)));
                return "huge-string";
            }
            case 6 -> {
                place.set(NODES.textNode("~~DEEP:" + n.pick(List.of(100, 300, 1_001, 5_000, 100_000)) + "~~"));
                return "deep-nesting";
            }
            case 7 -> {
                ObjectNode wide = NODES.objectNode();
                int members = n.pick(List.of(1_000, 20_000));
                for (int i = 0; i < members; i++) {
                    wide.put("f" + i, i);
                }
                place.set(wide);
                return "wide-object";
            }
            case 8 -> {
                if (place.node() instanceof ArrayNode array && !array.isEmpty()) {
                    int copies = n.pick(List.of(11, 101, 2_000));
                    JsonNode first = array.get(0);
                    for (int i = 0; i < copies; i++) {
                        array.add(first.deepCopy());
                    }
                    return "many-items";
                }
                place.set(NODES.textNode(n.pick(ODD_STRINGS)));
                return "odd-string";
            }
            case 9 -> {
                return refPointer(root, n) ? "ref-pointer" : null;
            }
            default -> {
                place.set(NODES.numberNode(n.pick(List.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L))));
                return "extreme-number";
            }
        }
    }

    /** Points a {@code $ref} of a schema document where JSON-pointer parsers have failed (#12 item 7). */
    static boolean refPointer(JsonNode schema, Names n) {
        List<Place> refs =
                places(schema).stream().filter(p -> "$ref".equals(p.field())).toList();
        String pointer = n.pick(List.of(
                "#/components/schemas/%zz",
                "#/components/schemas/A%",
                "#/components/schemas/A%4",
                "#/allOf/2147483648",
                "#/definitions/~2",
                "#/definitions/~",
                "#",
                "#/",
                "#//",
                "#/components/schemas/AWSEvent",
                "http://example.com/x.json#/a",
                "#/properties/x/../..",
                "#/definitions/Part/properties/a/items/-1"));
        if (!refs.isEmpty()) {
            n.pick(refs).set(NODES.textNode(pointer));
            return true;
        }
        if (schema instanceof ObjectNode object) {
            object.putObject("properties").putObject("fuzzRef").put("$ref", pointer);
            return true;
        }
        return false;
    }

    /** Mutates the JSON document inside a string member (schema content, event detail, policy). */
    static String nestedDocument(JsonNode root, Names n) {
        List<Place> documents = places(root).stream()
                .filter(p -> p.node().isTextual()
                        && (p.field() != null && DOCUMENT_MEMBERS.contains(p.field())
                                || p.parent() instanceof ArrayNode)
                        && p.node().asText().startsWith("{"))
                .toList();
        if (documents.isEmpty()) {
            return null;
        }
        Place place = n.pick(documents);
        JsonNode inner;
        try {
            inner = Documents.JSON.readTree(place.node().asText());
        } catch (JsonProcessingException e) {
            return null;
        }
        String what = "Content".equals(place.field()) && n.chance(0.3) && refPointer(inner, n)
                ? "ref-pointer"
                : mutate(inner, n, true);
        if (what == null) {
            return null;
        }
        place.set(TextNode.valueOf(Draft.replaceDeep(inner.toString())));
        return "nested-" + what;
    }

    /** Puts a marker into a string member, or into a string anywhere when {@code anywhere}. */
    static boolean mark(JsonNode root, String marker, boolean anywhere, Names n) {
        List<Place> strings = places(root).stream()
                .filter(p -> p.node().isTextual() && (anywhere || p.depth() == 1 || isTagValue(p)))
                .toList();
        if (strings.isEmpty()) {
            return false;
        }
        Place place = n.pick(strings);
        String text = place.node().asText();
        int at = text.isEmpty() ? 0 : n.between(0, text.length());
        place.set(NODES.textNode(text.substring(0, at) + marker + text.substring(at)));
        return true;
    }

    /** In the templates of writes that must be refused, the only objects of strings are tag maps. */
    private static boolean isTagValue(Place p) {
        return p.depth() == 2 && p.parent() instanceof ObjectNode;
    }
}
