package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Equality of two schema subtrees of the older and the newer document, including what their {@code $ref}s point at
 * (equal text is not enough: the referenced definitions may differ). Iterative, so arbitrarily deep trees are fine.
 * Equal unresolvable references (same text) are taken as equal.
 */
final class SameContent {
    private final SchemaDocument older;
    private final SchemaDocument newer;
    private final boolean identicalDocuments;

    SameContent(SchemaDocument older, SchemaDocument newer) {
        this.older = older;
        this.newer = newer;
        this.identicalDocuments = same(older.root(), newer.root(), false);
    }

    boolean same(JsonNode a, JsonNode b) {
        return same(a, b, !identicalDocuments);
    }

    private boolean same(JsonNode a, JsonNode b, boolean followRefs) {
        Deque<JsonNode[]> pending = new ArrayDeque<>();
        Set<Pair> followed = new HashSet<>();
        pending.push(new JsonNode[] {a, b});
        while (!pending.isEmpty()) {
            JsonNode[] pair = pending.pop();
            JsonNode x = pair[0];
            JsonNode y = pair[1];
            if (x == y && !followRefs) {
                continue;
            }
            if (x.getNodeType() != y.getNodeType() || x.size() != y.size()) {
                return false;
            }
            if (x.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = x.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode other = y.get(field.getKey());
                    if (other == null) {
                        return false;
                    }
                    pending.push(new JsonNode[] {field.getValue(), other});
                }
                JsonNode ref = x.get("$ref");
                if (followRefs && ref != null && ref.isTextual() && y.get("$ref").isTextual()
                        && ref.asText().equals(y.get("$ref").asText())) {
                    JsonNode targetX = older.resolve(ref.asText());
                    JsonNode targetY = newer.resolve(ref.asText());
                    if ((targetX == null) != (targetY == null)) {
                        return false;
                    }
                    if (targetX != null && followed.add(new Pair(targetX, targetY))) {
                        pending.push(new JsonNode[] {targetX, targetY});
                    }
                }
            } else if (x.isArray()) {
                for (int i = 0; i < x.size(); i++) {
                    pending.push(new JsonNode[] {x.get(i), y.get(i)});
                }
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** Two nodes by identity. */
    record Pair(JsonNode older, JsonNode newer) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.older == older && p.newer == newer;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(older) * 31 + System.identityHashCode(newer);
        }
    }
}
