package dev.bindery.registry.discovery.inference;

import dev.bindery.codegen.pointer.Pointer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable inferred shape of one event kind: statistics over every event folded into it. Snapshots merge
 * commutatively and associatively ({@code a.merge(b)} equals {@code b.merge(a)}, and merging partial states equals
 * folding all their events into one), serialise losslessly to JSON ({@link #toJson()}, {@link #fromJson(String)}),
 * and render as an OpenAPI 3 document ({@link #toOpenApi()}).
 *
 * <p>Equality is equality of the persisted form: two snapshots are equal when they observed the same statistics.
 */
public final class ShapeSnapshot {

    private final String source;
    private final String detailType;
    private final ShapeNode root;
    private String json;

    ShapeSnapshot(String source, String detailType, ShapeNode root) {
        this.source = source;
        this.detailType = detailType;
        this.root = root;
    }

    /** The state of an envelope schema that has seen no event. */
    public static ShapeSnapshot empty(String source, String detailType) {
        return ShapeAccumulator.forEnvelope(source, detailType).snapshot();
    }

    /** {@code a.merge(b)}. */
    public static ShapeSnapshot merge(ShapeSnapshot a, ShapeSnapshot b) {
        return a.merge(b);
    }

    /** The state of all events of both snapshots; both must describe the same event kind. */
    public ShapeSnapshot merge(ShapeSnapshot other) {
        ShapeAccumulator acc = ShapeAccumulator.resume(this);
        acc.merge(other);
        return acc.snapshot();
    }

    /** The {@code source} of an envelope schema; {@code null} for bare samples. */
    public String source() {
        return source;
    }

    /** The {@code detail-type} of an envelope schema; {@code null} for bare samples. */
    public String detailType() {
        return detailType;
    }

    public long eventCount() {
        return root.count();
    }

    public Optional<Instant> firstSeen() {
        return root.count() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(root.firstSeen));
    }

    public Optional<Instant> lastSeen() {
        return root.count() == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(root.lastSeen));
    }

    /** Statistics of every position, in path order (root first). */
    public List<FieldStatistics> fields() {
        List<FieldStatistics> out = new ArrayList<>();
        if (root.count() > 0) {
            collect(root, "", root.count(), out);
        }
        return List.copyOf(out);
    }

    /** The OpenAPI 3 document, pretty-printed; the same statistics always give the same bytes. */
    public String toOpenApi() {
        return toOpenApi(InferenceRules.MAX_DOCUMENT_DEPTH);
    }

    /**
     * As {@link #toOpenApi()}, nested at most {@code maxDepth} levels (the registry's content limit): positions
     * too deep to describe within it are written as {@code {}}, any value.
     */
    public String toOpenApi(int maxDepth) {
        return Json.pretty(OpenApiWriter.write(this, maxDepth));
    }

    /** The persisted form (compact JSON, keys in a fixed order). */
    public String toJson() {
        String s = json;
        if (s == null) {
            s = Json.compact(StateCodec.encode(this));
            json = s;
        }
        return s;
    }

    /**
     * Reads the persisted form.
     *
     * @throws InvalidEventException if the text is not a persisted shape
     */
    public static ShapeSnapshot fromJson(String json) {
        return StateCodec.decode(json);
    }

    ShapeNode root() {
        return root;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShapeSnapshot other && toJson().equals(other.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "ShapeSnapshot[" + Objects.toString(source, "-") + "@" + Objects.toString(detailType, "-") + ", events="
                + eventCount() + "]";
    }

    private static void collect(ShapeNode node, String path, long parentObjects, List<FieldStatistics> out) {
        Map<JsonType, Long> types = new EnumMap<>(JsonType.class);
        for (JsonType type : JsonType.values()) {
            put(types, type, node.count(type));
        }
        List<StringFormat> formats = new ArrayList<>();
        if (node.strings > 0) {
            for (StringFormat f : StringFormat.values()) {
                if ((node.formats & f.bit()) != 0) {
                    formats.add(f);
                }
            }
        }
        StringValues values = node.values;
        out.add(new FieldStatistics(
                path,
                node.count(),
                parentObjects,
                types,
                Instant.ofEpochMilli(node.firstSeen),
                Instant.ofEpochMilli(node.lastSeen),
                formats,
                values == null ? List.of() : values.sorted(),
                values != null && values.saturated()));
        if (node.properties != null) {
            for (Map.Entry<String, ShapeNode> e : new TreeMap<>(node.properties).entrySet()) {
                collect(e.getValue(), Pointer.append(path, e.getKey()), node.objects, out);
            }
        }
        if (node.mapValues != null && node.mapValues.count() > 0) {
            collect(node.mapValues, path + "/{}", node.mapValues.count(), out);
        }
        if (node.items != null) {
            collect(node.items, path + "/[]", node.items.count(), out);
        }
    }

    private static void put(Map<JsonType, Long> types, JsonType type, long count) {
        if (count > 0) {
            types.put(type, count);
        }
    }
}
