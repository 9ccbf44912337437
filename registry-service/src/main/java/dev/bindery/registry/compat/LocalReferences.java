package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.pointer.MalformedPointerException;
import dev.bindery.codegen.pointer.Pointer;

/**
 * One schema document and its local {@code $ref} resolution: {@code #} and JSON pointers ({@code #/definitions/X},
 * {@code #/$defs/X}, any pointer, RFC 6901 escapes and percent-encoding, read by the shared {@link Pointer}). Whether keywords next to a {@code $ref}
 * apply depends on the draft: ignored up to draft-07 (by {@code $schema}), applied from 2019-09 and when no
 * {@code $schema} is given.
 */
final class LocalReferences {
    private final JsonNode root;
    private final boolean refSiblingsApply;

    LocalReferences(JsonNode root) {
        this.root = root;
        String dialect = root.path("$schema").asText("");
        this.refSiblingsApply = !(dialect.contains("draft-04")
                || dialect.contains("draft-06")
                || dialect.contains("draft-07")
                || dialect.contains("draft-03"));
    }

    JsonNode root() {
        return root;
    }

    boolean refSiblingsApply() {
        return refSiblingsApply;
    }

    /**
     * The node a local reference points at, or null if it is not local, is not a pointer or does not resolve.
     * Stored and candidate content has passed the same check at the door, so null here is a remote reference or an
     * anchor.
     */
    JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        try {
            String fragment = Pointer.decodeFragment(ref.substring(1));
            if (!fragment.isEmpty() && !fragment.startsWith("/")) {
                return null; // a plain-name fragment ($anchor): not supported
            }
            return Pointer.parse(fragment).resolve(root);
        } catch (MalformedPointerException e) {
            return null;
        }
    }
}
