package dev.bindery.registry.security.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bindery.registry.security.AuthenticationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a verified token's claims by name or dotted path. A name is first looked up as it is, so
 * that namespaced claims such as {@code https://bindery.dev/roles} work; only when no such claim
 * exists is it split at the dots and followed through nested objects ({@code realm_access.roles}).
 */
final class Claims {

    private Claims() {}

    /** The claim at {@code path}, or {@code null} if there is none. */
    static Object find(JWTClaimsSet claims, String path) {
        Object whole = claims.getClaim(path);
        if (whole != null || path.indexOf('.') < 0) {
            return whole;
        }
        Object current = claims.getClaims();
        for (String step : path.split("\\.", -1)) {
            if (!(current instanceof Map<?, ?> object)) {
                return null;
            }
            current = object.get(step);
        }
        return current;
    }

    /**
     * The non-blank string claim at {@code path}.
     *
     * @throws AuthenticationException 401 if it is missing, blank or not a string
     */
    static String string(JWTClaimsSet claims, String path) {
        Object value = find(claims, path);
        if (value == null) {
            throw OidcVerifier.refused("it has no '" + path + "' claim to name the caller");
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw OidcVerifier.refused("its '" + path + "' claim, which names the caller, is not a non-blank string");
        }
        return text;
    }

    /**
     * The strings of the claim at {@code path}: one for a string claim, each element for an array.
     *
     * @throws AuthenticationException 401 if it is missing, or neither a string nor an array of strings
     */
    static List<String> strings(JWTClaimsSet claims, String path) {
        Object value = find(claims, path);
        if (value == null) {
            throw OidcVerifier.refused("it has no '" + path + "' claim, so the token grants no Bindery role");
        }
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>(list.size());
            for (Object element : list) {
                if (!(element instanceof String text)) {
                    throw notStrings(path);
                }
                texts.add(text);
            }
            return List.copyOf(texts);
        }
        throw notStrings(path);
    }

    private static AuthenticationException notStrings(String path) {
        return OidcVerifier.refused("its '" + path + "' claim is neither a string nor an array of strings");
    }
}
