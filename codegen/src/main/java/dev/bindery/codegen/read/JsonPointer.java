package dev.bindery.codegen.read;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers as they appear in {@code $ref} fragments (percent-encoded, {@code ~0}/{@code ~1}). */
final class JsonPointer {
    private JsonPointer() {}

    static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static List<String> tokens(String fragment) {
        String decoded = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        List<String> tokens = new ArrayList<>();
        if (decoded.isEmpty()) {
            return tokens;
        }
        if (!decoded.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + fragment);
        }
        for (String raw : decoded.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    /** The pointer for {@code tokens}, in the canonical (not percent-encoded) form used in locations. */
    static String of(List<String> tokens) {
        String pointer = "";
        for (String token : tokens) {
            pointer = append(pointer, token);
        }
        return pointer;
    }
}
