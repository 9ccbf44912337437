package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A sufficient test that no instance validates two schemas: disjoint {@code type}s, disjoint scalar
 * {@code const}/{@code enum} values, or a property required by one of two object-only schemas whose schemas are
 * disjoint in those ways (a discriminator). Used to show that {@code oneOf} branches are mutually exclusive.
 */
final class Disjointness {
    private Disjointness() {}

    static boolean pairwise(List<JsonNode> branches, LocalReferences document) {
        for (int i = 0; i < branches.size(); i++) {
            for (int j = i + 1; j < branches.size(); j++) {
                if (!disjoint(branches.get(i), branches.get(j), document, 1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean disjoint(JsonNode a, JsonNode b, LocalReferences document, int depth) {
        a = target(a, document);
        b = target(b, document);
        if (a == null || b == null) {
            return false;
        }
        if (Keywords.rejectsAll(a) || Keywords.rejectsAll(b)) {
            return true;
        }
        if (!a.isObject() || !b.isObject()) {
            return false;
        }
        int ta = Keywords.typeMask(a);
        int tb = Keywords.typeMask(b);
        if ((ta & tb) == 0) {
            return true;
        }
        List<JsonNode> va = values(a);
        List<JsonNode> vb = values(b);
        if (va != null && outside(va, vb, tb)) {
            return true;
        }
        if (vb != null && outside(vb, va, ta)) {
            return true;
        }
        if (depth > 0 && (ta == Keywords.OBJECT || tb == Keywords.OBJECT)) {
            JsonNode pa = a.path("properties");
            Iterator<String> names = pa.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode pb = b.path("properties").get(name);
                if (pb != null
                        && (requires(a, name) || requires(b, name))
                        && disjoint(pa.get(name), pb, document, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if no value of {@code values} is admitted by the other side's values (if any) and type mask. */
    private static boolean outside(List<JsonNode> values, List<JsonNode> others, int otherTypes) {
        for (JsonNode value : values) {
            if (!value.isValueNode()) {
                return false;
            }
            boolean typeAdmits = (Keywords.kindOf(value) & otherTypes) != 0;
            boolean valuesAdmit =
                    others == null || others.stream().anyMatch(o -> !o.isValueNode() || equalValue(o, value));
            if (typeAdmits && valuesAdmit) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    /** The values allowed by const/enum, or null if unrestricted. */
    private static List<JsonNode> values(JsonNode schema) {
        if (schema.has("const")) {
            return List.of(schema.get("const"));
        }
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && enumeration.isArray()) {
            List<JsonNode> values = new ArrayList<>();
            enumeration.forEach(values::add);
            return values;
        }
        return null;
    }

    private static boolean requires(JsonNode schema, String name) {
        for (JsonNode n : schema.path("required")) {
            if (n.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Follows plain references; keywords next to a reference only add constraints, so the target alone will do. */
    private static JsonNode target(JsonNode node, LocalReferences document) {
        for (int hops = 0; Comparison.isRef(node); hops++) {
            if (hops > 64) {
                return null;
            }
            node = document.resolve(node.get("$ref").asText());
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
