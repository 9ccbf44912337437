package dev.bindery.registry.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.pointer.MalformedPointerException;
import dev.bindery.codegen.pointer.Pointer;
import dev.bindery.registry.error.ApiException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Checks that every local {@code $ref} ({@code #/…}) of a document points at something in it.
 * Remote references are left as they are: the registry stores them but never fetches them. Fragments are read
 * by the one {@link Pointer} implementation that the compatibility check and the code generator use too, so a
 * reference accepted here resolves there.
 */
final class LocalRefs {

    private LocalRefs() {}

    /** Walks the document iteratively (no recursion, so depth cannot overflow the stack). */
    static void check(JsonNode document) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", document));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String at = next.getKey();
            JsonNode node = next.getValue();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                    requireResolvable(document, ref.asText(), at);
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    pending.push(Map.entry(at + "/" + Pointer.escape(field.getKey()), field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(at + "/" + i, node.get(i)));
                }
            }
        }
    }

    private static void requireResolvable(JsonNode document, String ref, String at) {
        String where = at.isEmpty() ? "/" : at;
        Pointer pointer;
        try {
            String fragment = Pointer.decodeFragment(ref.substring(1));
            if (!fragment.isEmpty() && !fragment.startsWith("/")) {
                return; // a plain-name fragment ($id anchor); resolved by the schema's own dialect
            }
            pointer = Pointer.parse(fragment);
        } catch (MalformedPointerException e) {
            throw ApiException.badRequest(
                    "Content has a $ref '%s' at %s whose fragment is not a JSON pointer: %s.", ref, where, e.problem());
        }
        if (pointer.resolve(document) == null) {
            throw ApiException.badRequest(
                    "Content has a $ref '%s' at %s that points at nothing in the document.", ref, where);
        }
    }
}
