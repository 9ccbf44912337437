package dev.bindery.registry.console;

import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.session.ConsoleSessions;
import dev.bindery.registry.console.view.Urls;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.Optional;

/**
 * Puts a session on every console request: the one its cookie names, a new anonymous one when
 * authentication is off, or, when it is on and the request has none, a redirect to the login page
 * (the login page and the static assets need no session). Every console answer forbids caching and
 * framing.
 */
@ServerFilter({"/console", "/console/**"})
final class ConsoleFilter {

    private final ConsoleSessions sessions;
    private final ConsoleAccess access;

    ConsoleFilter(ConsoleSessions sessions, ConsoleAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> open(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith(Urls.HOME + "/assets/")) {
            return null;
        }
        Optional<ConsoleSession> existing = request.getCookies()
                .findCookie(ConsoleRequests.COOKIE)
                .flatMap(cookie -> sessions.find(cookie.getValue()));
        if (existing.isPresent() && (existing.get().principal() != null || !access.authenticationOn())) {
            request.setAttribute(ConsoleRequests.SESSION, existing.get());
            return null;
        }
        if (!access.authenticationOn()) {
            ConsoleSession anonymous = sessions.open(null);
            request.setAttribute(ConsoleRequests.SESSION, anonymous);
            request.setAttribute(ConsoleRequests.NEW_SESSION, anonymous);
            return null;
        }
        if (path.equals(ConsoleRequests.LOGIN)) {
            return null;
        }
        String back = request.getMethodName().equals("GET") ? request.getUri().toString() : Urls.HOME;
        return HttpResponse.seeOther(URI.create(ConsoleRequests.LOGIN + "?next=" + Urls.encode(back)));
    }

    @ResponseFilter
    void close(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ConsoleRequests.NEW_SESSION, ConsoleSession.class)
                .ifPresent(session -> response.cookie(ConsoleRequests.cookie(session, request.isSecure())));
        if (!response.getHeaders().contains("Cache-Control")) {
            response.getHeaders().set("Cache-Control", "no-store");
        }
        response.getHeaders().set("X-Frame-Options", "DENY");
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("Referrer-Policy", "same-origin");
        response.getHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    }
}
