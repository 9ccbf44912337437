package dev.bindery.registry.console;

import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.error.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.net.InetSocketAddress;
import java.time.Duration;

/** What the console reads from and sets on requests: the session, its cookie, the CSRF check. */
final class ConsoleRequests {

    static final String COOKIE = "bindery_console";
    static final String LOGIN = "/console/login";
    static final String SESSION = ConsoleRequests.class.getName() + ".session";
    static final String NEW_SESSION = ConsoleRequests.class.getName() + ".newSession";

    private ConsoleRequests() {}

    /** The request's session, which the console filter put there. */
    static ConsoleSession session(HttpRequest<?> request) {
        return request.getAttribute(SESSION, ConsoleSession.class)
                .orElseThrow(
                        () -> new IllegalStateException("console request without a session: " + request.getPath()));
    }

    /** Refuses a form whose CSRF token is not its session's. */
    static ConsoleSession checkedForm(HttpRequest<?> request, @Nullable String csrf) {
        ConsoleSession session = session(request);
        if (!session.csrfMatches(csrf)) {
            throw ApiException.forbidden("The form is out of date or came from another site (its CSRF token does not "
                    + "match your session); reload the page and try again.");
        }
        return session;
    }

    /** The session cookie: HttpOnly, SameSite=Strict, Secure when the request came over TLS. */
    static Cookie cookie(ConsoleSession session, boolean secure) {
        return Cookie.of(COOKIE, session.id())
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Strict)
                .path("/console")
                .maxAge(Duration.ofHours(8));
    }

    /** A cookie that removes the session cookie. */
    static Cookie expired(boolean secure) {
        return Cookie.of(COOKIE, "")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Strict)
                .path("/console")
                .maxAge(0);
    }

    /** The client's address, for the audit log and the failure throttle. */
    static String source(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }
}
