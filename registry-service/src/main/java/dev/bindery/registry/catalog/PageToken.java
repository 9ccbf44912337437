package dev.bindery.registry.catalog;

import dev.bindery.registry.error.ApiException;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code NextToken} of list operations: the sort key of the last item of a page, so the
 * next page starts after it (keyset pagination, stable under concurrent inserts and deletes).
 * {@code kind} ties a token to the operation that issued it.
 */
public final class PageToken {

    private static final String VERSION = "b1";

    private PageToken() {}

    public static String encode(String kind, String lastKey) {
        String plain = VERSION + ":" + kind + ":" + lastKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The key after which the page starts, or {@code ""} for the first page. */
    public static String decode(String kind, @Nullable String token) {
        if (token == null || token.isEmpty()) {
            return "";
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String expected = VERSION + ":" + kind + ":";
        if (!plain.startsWith(expected)) {
            throw invalid();
        }
        return plain.substring(expected.length());
    }

    private static ApiException invalid() {
        return ApiException.badRequest("NextToken is not a token this operation issued.");
    }
}
