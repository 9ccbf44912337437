package dev.bindery.registry.console;

import dev.bindery.registry.console.session.ConsoleAccess;
import dev.bindery.registry.console.session.ConsoleSession;
import dev.bindery.registry.console.session.ConsoleSessions;
import dev.bindery.registry.console.view.LoginView;
import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.security.AuditLog;
import dev.bindery.registry.security.AuthenticationException;
import dev.bindery.registry.security.Authenticator;
import dev.bindery.registry.security.Credential;
import dev.bindery.registry.security.FailureThrottle;
import dev.bindery.registry.security.Principal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/**
 * Logging in (an access key id and secret, or a bearer token, checked by the same authenticator as
 * the API's) and out. A successful login opens a new session; failures count against the client's
 * address in the same throttle the API uses and are audited.
 */
@Hidden
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LoginController {

    private final Authenticator authenticator;
    private final FailureThrottle throttle;
    private final AuditLog audit;
    private final ConsoleSessions sessions;
    private final ConsoleAccess access;
    private final Pages pages;

    LoginController(
            Authenticator authenticator,
            FailureThrottle throttle,
            AuditLog audit,
            ConsoleSessions sessions,
            ConsoleAccess access,
            Pages pages) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.audit = audit;
        this.sessions = sessions;
        this.access = access;
        this.pages = pages;
    }

    @Get(uri = "/login", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next) {
        if (!access.authenticationOn()) {
            return HttpResponse.seeOther(URI.create(Urls.HOME));
        }
        return pages.ok("login", pages.frame(request, "Log in"), new LoginView(local(next), null));
    }

    @Post(uri = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> login(
            HttpRequest<?> request,
            @Nullable String accessKeyId,
            @Nullable String secret,
            @Nullable String token,
            @Nullable String next) {
        if (!access.authenticationOn()) {
            return HttpResponse.seeOther(URI.create(Urls.HOME));
        }
        String source = ConsoleRequests.source(request);
        String back = local(next);
        if (throttle.check(source) == FailureThrottle.Verdict.REFUSE) {
            return refused(
                    request,
                    back,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed logins from your address; wait a while and try again.");
        }
        Principal principal;
        try {
            principal = authenticator.authenticate(credential(accessKeyId, secret, token));
        } catch (AuthenticationException e) {
            throttle.failed(source);
            audit.record(null, "Console:Login", null, AuditLog.Outcome.DENIED, 401, source, e.getMessage());
            return refused(request, back, HttpStatus.UNAUTHORIZED, e.getMessage());
        }
        ConsoleSession session = sessions.open(principal);
        audit.record(principal.name(), "Console:Login", null, AuditLog.Outcome.ALLOWED, 303, source, null);
        return HttpResponse.seeOther(URI.create(back)).cookie(ConsoleRequests.cookie(session, request.isSecure()));
    }

    @Post(uri = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> logout(HttpRequest<?> request, @Nullable String csrf) {
        return pages.guarded(request, () -> {
            ConsoleSession session = ConsoleRequests.checkedForm(request, csrf);
            sessions.close(session.id());
            return HttpResponse.seeOther(URI.create(access.authenticationOn() ? ConsoleRequests.LOGIN : Urls.HOME))
                    .cookie(ConsoleRequests.expired(request.isSecure()));
        });
    }

    private MutableHttpResponse<?> refused(HttpRequest<?> request, String back, HttpStatus status, String problem) {
        return pages.render(status, "login", pages.frame(request, "Log in"), new LoginView(back, problem));
    }

    private static Credential credential(
            @Nullable String accessKeyId, @Nullable String secret, @Nullable String token) {
        if (token != null && !token.isBlank()) {
            return new Credential.Bearer(token.trim());
        }
        if (accessKeyId == null || accessKeyId.isBlank() || secret == null || secret.isEmpty()) {
            throw AuthenticationException.unauthorized("Enter an access key id and its secret, or a token.");
        }
        return new Credential.Basic(accessKeyId.trim(), secret);
    }

    /** Only a console path is a place to return to: never another site. */
    private static String local(@Nullable String next) {
        if (next == null || !next.startsWith(Urls.HOME) || next.startsWith("//") || next.contains("\\")) {
            return Urls.HOME;
        }
        return next;
    }
}
