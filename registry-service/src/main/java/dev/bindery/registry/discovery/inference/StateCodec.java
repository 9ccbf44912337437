package dev.bindery.registry.discovery.inference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The persisted form of a {@link ShapeSnapshot}: compact JSON, keys in a fixed order, zero counts and false flags
 * left out, properties sorted — so equal states have equal text. Lossless: decoding gives an equal snapshot.
 *
 * <pre>{@code
 * {"version":1,"source":"shop","detailType":"Order Placed","root":NODE}
 * NODE = {"first":"<instant>","last":"<instant>","null":n,"boolean":n,"integer":n,"number":n,"string":n,
 *         "object":n,"array":n,"integerBeyondInt64":true,"numberBeyondDouble":true,"truncated":true,
 *         "formats":["uuid",…],"values":["A",…] | "valuesSaturated":true,
 *         "properties":{"key":NODE,…},"mapValues":NODE,"items":NODE}
 * }</pre>
 */
final class StateCodec {

    static final int VERSION = 1;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StateCodec() {}

    static ObjectNode encode(ShapeSnapshot snapshot) {
        ObjectNode out = NODES.objectNode();
        out.put("version", VERSION);
        if (snapshot.source() != null) {
            out.put("source", snapshot.source());
            out.put("detailType", snapshot.detailType());
        }
        out.set("root", encode(snapshot.root()));
        return out;
    }

    private static ObjectNode encode(ShapeNode n) {
        ObjectNode out = NODES.objectNode();
        if (n.count() > 0) {
            out.put("first", Instant.ofEpochMilli(n.firstSeen).toString());
            out.put("last", Instant.ofEpochMilli(n.lastSeen).toString());
        }
        for (JsonType type : JsonType.values()) {
            count(out, type, n.count(type));
        }
        flag(out, "integerBeyondInt64", n.integerBeyondInt64);
        flag(out, "numberBeyondDouble", n.numberBeyondDouble);
        flag(out, "truncated", n.truncated);
        if (n.strings > 0) {
            ArrayNode formats = out.putArray("formats");
            for (StringFormat f : StringFormat.values()) {
                if ((n.formats & f.bit()) != 0) {
                    formats.add(f.openApiName());
                }
            }
        }
        if (n.values != null) {
            if (n.values.saturated()) {
                out.put("valuesSaturated", true);
            } else {
                ArrayNode values = out.putArray("values");
                n.values.sorted().forEach(values::add);
            }
        }
        if (n.properties != null && !n.properties.isEmpty()) {
            ObjectNode props = out.putObject("properties");
            for (Map.Entry<String, ShapeNode> e : new TreeMap<>(n.properties).entrySet()) {
                props.set(e.getKey(), encode(e.getValue()));
            }
        }
        if (n.mapValues != null) {
            out.set("mapValues", encode(n.mapValues));
        }
        if (n.items != null) {
            out.set("items", encode(n.items));
        }
        return out;
    }

    static ShapeSnapshot decode(String json) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("persisted shape is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject() || tree.path("version").asInt() != VERSION) {
            throw new InvalidEventException("not a persisted shape of version " + VERSION);
        }
        JsonNode source = tree.get("source");
        JsonNode detailType = tree.get("detailType");
        if ((source == null) != (detailType == null)) {
            throw new InvalidEventException("persisted shape has only one of source and detailType");
        }
        return new ShapeSnapshot(
                source == null ? null : source.asText(),
                detailType == null ? null : detailType.asText(),
                decodeNode(object(tree, "root"), 0));
    }

    private static ShapeNode decodeNode(JsonNode in, int depth) {
        if (depth > 2 * InferenceRules.MAX_DEPTH + 2) {
            throw new InvalidEventException("persisted shape nests deeper than inference can");
        }
        ShapeNode n = new ShapeNode();
        for (JsonType type : JsonType.values()) {
            n.setCount(type, count(in, type));
        }
        if (n.count() > 0) {
            n.firstSeen = instant(in, "first");
            n.lastSeen = instant(in, "last");
        }
        n.integerBeyondInt64 = in.path("integerBeyondInt64").asBoolean();
        n.numberBeyondDouble = in.path("numberBeyondDouble").asBoolean();
        n.truncated = in.path("truncated").asBoolean();
        if (n.strings > 0) {
            int mask = 0;
            for (JsonNode f : array(in, "formats")) {
                try {
                    mask |= StringFormat.byOpenApiName(f.asText()).bit();
                } catch (IllegalArgumentException e) {
                    throw new InvalidEventException("persisted shape: " + e.getMessage());
                }
            }
            n.formats = mask;
            n.values = new StringValues();
            if (in.path("valuesSaturated").asBoolean()) {
                n.values.saturate();
            } else {
                for (JsonNode v : array(in, "values")) {
                    n.values.add(v.asText());
                }
            }
        }
        if (in.has("properties")) {
            n.properties = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : object(in, "properties").properties()) {
                n.properties.put(e.getKey(), decodeNode(e.getValue(), depth + 1));
            }
        }
        if (in.has("mapValues")) {
            n.mapValues = decodeNode(object(in, "mapValues"), depth + 1);
        }
        if (in.has("items")) {
            n.items = decodeNode(object(in, "items"), depth + 1);
        }
        return n;
    }

    private static void count(ObjectNode out, JsonType type, long n) {
        if (n != 0) {
            out.put(type.key(), n);
        }
    }

    private static long count(JsonNode in, JsonType type) {
        JsonNode v = in.get(type.key());
        if (v == null) {
            return 0;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new InvalidEventException("persisted shape: \"" + type.key() + "\" is not a count: " + v);
        }
        return v.asLong();
    }

    private static void flag(ObjectNode out, String name, boolean value) {
        if (value) {
            out.put(name, true);
        }
    }

    private static long instant(JsonNode in, String name) {
        try {
            return Instant.parse(in.path(name).asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("persisted shape: \"" + name + "\" is not an instant", e);
        }
    }

    private static JsonNode object(JsonNode in, String name) {
        JsonNode v = in.get(name);
        if (v == null || !v.isObject()) {
            throw new InvalidEventException("persisted shape: \"" + name + "\" is not an object");
        }
        return v;
    }

    private static JsonNode array(JsonNode in, String name) {
        JsonNode v = in.path(name);
        if (!v.isArray()) {
            throw new InvalidEventException("persisted shape: \"" + name + "\" is not an array");
        }
        return v;
    }
}
