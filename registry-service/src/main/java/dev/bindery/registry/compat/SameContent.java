package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Equality of two schema subtrees of the older and the newer document, including what their {@code $ref}s point at
 * (equal text is not enough: the referenced definitions may differ). Iterative, so arbitrarily deep trees are fine.
 * Equal unresolvable references (same text) are taken as equal.
 */
final class SameContent {
    private final LocalReferences older;
    private final LocalReferences newer;
    private final boolean identicalDocuments;
    private final Map<JsonNode, Integer> hashes = new IdentityHashMap<>(); // cache: structural hash per node
    private final Map<Pair, Boolean> results = new HashMap<>(); // cache: answers so far

    SameContent(LocalReferences older, LocalReferences newer) {
        this.older = older;
        this.newer = newer;
        this.identicalDocuments = same(older.root(), newer.root(), false);
    }

    boolean same(JsonNode a, JsonNode b) {
        if (hash(a) != hash(b)) {
            return false;
        }
        Pair key = new Pair(a, b);
        Boolean known = results.get(key);
        if (known == null) {
            known = same(a, b, !identicalDocuments);
            results.put(key, known);
        }
        return known;
    }

    /** A structural hash of the subtree (reference text, not targets), computed once per node, iteratively. */
    private int hash(JsonNode node) {
        Integer known = hashes.get(node);
        if (known != null) {
            return known;
        }
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            JsonNode top = stack.peek();
            if (hashes.containsKey(top)) {
                stack.pop();
                continue;
            }
            boolean ready = true;
            for (JsonNode child : top) {
                if (!hashes.containsKey(child)) {
                    stack.push(child);
                    ready = false;
                }
            }
            if (!ready) {
                continue;
            }
            stack.pop();
            int h;
            if (top.isObject()) {
                h = 1;
                for (Map.Entry<String, JsonNode> field : top.properties()) {
                    h += field.getKey().hashCode() * 31 ^ hashes.get(field.getValue()); // order-insensitive
                }
            } else if (top.isArray()) {
                h = 2;
                for (JsonNode child : top) {
                    h = h * 31 + hashes.get(child);
                }
            } else {
                h = top.isNumber() ? top.asText().hashCode() : top.hashCode();
            }
            hashes.put(top, h);
        }
        return hashes.get(node);
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
            if (hash(x) != hash(y)) {
                return false;
            }
            if (x.getNodeType() != y.getNodeType() || x.size() != y.size()) {
                return false;
            }
            if (x.isObject()) {
                for (Map.Entry<String, JsonNode> field : x.properties()) {
                    JsonNode other = y.get(field.getKey());
                    if (other == null) {
                        return false;
                    }
                    pending.push(new JsonNode[] {field.getValue(), other});
                }
                JsonNode ref = x.get("$ref");
                if (followRefs
                        && ref != null
                        && ref.isTextual()
                        && y.get("$ref").isTextual()
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
