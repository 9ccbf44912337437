package dev.bindery.registry.console.session;

import dev.bindery.registry.security.Principal;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * One console session: the principal that logged in ({@code null} when authentication is off and
 * the session is anonymous), the token every form must return, and when the session ends.
 */
public record ConsoleSession(String id, @Nullable Principal principal, String csrfToken, Instant expires) {

    /** Whether {@code token}, as a form returned it, is this session's CSRF token (constant time). */
    public boolean csrfMatches(@Nullable String token) {
        return token != null
                && java.security.MessageDigest.isEqual(
                        token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        csrfToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
