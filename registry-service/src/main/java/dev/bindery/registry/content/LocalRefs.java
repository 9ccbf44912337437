package dev.bindery.registry.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.error.ApiException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks that every local {@code $ref} ({@code #/…}) of a document points at something in it.
 * Remote references are left as they are: the registry stores them but never fetches them.
 */
final class LocalRefs {

    private LocalRefs() {
    }

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
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    pending.push(Map.entry(at + "/" + Pointers.escape(field.getKey()), field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(at + "/" + i, node.get(i)));
                }
            }
        }
    }

    private static void requireResolvable(JsonNode document, String ref, String at) {
        // Percent-decode the fragment (RFC 3986), keeping "+" literal as a pointer allows it.
        String fragment = URLDecoder.decode(ref.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (fragment.isEmpty()) {
            return;
        }
        if (!fragment.startsWith("/")) {
            return; // a plain-name fragment ($id anchor); resolved by the schema's own dialect
        }
        JsonNode target = document;
        for (String token : fragment.substring(1).split("/", -1)) {
            String name = Pointers.unescape(token);
            target = target.isArray() && name.matches("\\d+") ? target.path(Integer.parseInt(name)) : target.path(name);
            if (target.isMissingNode()) {
                throw ApiException.badRequest("Content has a $ref '%s' at %s that points at nothing in the document.",
                        ref, at.isEmpty() ? "/" : at);
            }
        }
    }
}
