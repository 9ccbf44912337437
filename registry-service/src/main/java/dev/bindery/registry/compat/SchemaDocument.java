package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * One schema document and its local {@code $ref} resolution: {@code #} and JSON pointers ({@code #/definitions/X},
 * {@code #/$defs/X}, any pointer, RFC 6901 escapes and percent-encoding). Whether keywords next to a {@code $ref}
 * apply depends on the draft: ignored up to draft-07 (by {@code $schema}), applied from 2019-09 and when no
 * {@code $schema} is given.
 */
final class SchemaDocument {
    private final JsonNode root;
    private final boolean refSiblingsApply;

    SchemaDocument(JsonNode root) {
        this.root = root;
        String dialect = root.path("$schema").asText("");
        this.refSiblingsApply = !(dialect.contains("draft-04") || dialect.contains("draft-06")
                || dialect.contains("draft-07") || dialect.contains("draft-03"));
    }

    JsonNode root() {
        return root;
    }

    boolean refSiblingsApply() {
        return refSiblingsApply;
    }

    /** The node a local reference points at, or null if it is not local or does not resolve. */
    JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        String pointer = URLDecoder.decode(ref.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (pointer.isEmpty()) {
            return root;
        }
        if (!pointer.startsWith("/")) {
            return null; // a plain-name fragment ($anchor): not supported
        }
        JsonNode node = root;
        for (String token : pointer.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node.isObject()) {
                node = node.get(key);
            } else if (node.isArray() && key.matches("0|[1-9][0-9]{0,8}")) {
                node = node.get(Integer.parseInt(key));
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
