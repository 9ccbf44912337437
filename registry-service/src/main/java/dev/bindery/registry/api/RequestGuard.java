package dev.bindery.registry.api;

import dev.bindery.registry.catalog.Arns;
import dev.bindery.registry.config.AuthSettings;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.security.AuditLog;
import dev.bindery.registry.security.AuthMode;
import dev.bindery.registry.security.AuthenticationException;
import dev.bindery.registry.security.Authenticator;
import dev.bindery.registry.security.Authorizer;
import dev.bindery.registry.security.Credential;
import dev.bindery.registry.security.FailureThrottle;
import dev.bindery.registry.security.Operations;
import dev.bindery.registry.security.Operations.Api;
import dev.bindery.registry.security.Operations.Operation;
import dev.bindery.registry.security.Permission;
import dev.bindery.registry.security.Principal;
import dev.bindery.registry.security.PrincipalService;
import dev.bindery.registry.security.sigv4.SigV4Authorization;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Authenticates and authorizes every request before its operation runs, when authentication is
 * on: finds the operation the route serves, takes the credential from the headers, asks the
 * security package who the caller is and whether it may, and answers refusals in the error shape
 * of the operation's API. Allowed changes are audited once answered, refusals at once.
 */
@Singleton
final class RequestGuard {

    private static final String PENDING_AUDIT = RequestGuard.class.getName() + ".audit";

    private final AuthMode mode;
    private final AuthSettings settings;
    private final Authenticator authenticator;
    private final Authorizer authorizer;
    private final PrincipalService principals;
    private final FailureThrottle throttle;
    private final AuditLog audit;
    private final Arns arns;
    private final RouteOperations routes;

    RequestGuard(
            AuthMode mode,
            AuthSettings settings,
            Authenticator authenticator,
            Authorizer authorizer,
            PrincipalService principals,
            FailureThrottle throttle,
            AuditLog audit,
            Arns arns,
            RouteOperations routes) {
        this.mode = mode;
        this.settings = settings;
        this.authenticator = authenticator;
        this.authorizer = authorizer;
        this.principals = principals;
        this.throttle = throttle;
        this.audit = audit;
        this.arns = arns;
        this.routes = routes;
    }

    /** What an allowed change leaves for the audit entry written with its answer. */
    private record Pending(
            String principal, String operation, @Nullable String resource, String source) {}

    /** What a request acts on. */
    private record Target(
            @Nullable String registryName, @Nullable String arn) {}

    /**
     * Whether the request may go on, decided from what this instance holds in memory alone (cached
     * credentials and policies), without a query, a key fetch, reading the body or writing the
     * audit log, so the event loop can decide it without a thread hop. {@code false} means only
     * that {@link #check} must decide on a thread that may wait: a refusal is always left to it.
     */
    boolean allowedAtOnce(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (!mode.enabled() || routes.isPublic(request, route)) {
            return true;
        }
        Operation operation = operation(route);
        String source = address(request);
        if (operation == null || throttle.check(source) != FailureThrottle.Verdict.PASS) {
            return false;
        }
        Credential credential;
        try {
            credential = credential(request, route, operation.api(), false);
        } catch (AuthenticationException e) {
            return false;
        }
        Principal principal =
                credential == null ? null : authenticator.fromCache(credential).orElse(null);
        if (principal == null) {
            return false;
        }
        Target target = target(operation, route, request);
        Operation effective = adjust(operation, target);
        boolean allowed = authorizer
                .decideFromCache(
                        principal, principals.arn(principal.name()), effective, target.registryName(), target.arn())
                .map(Authorizer.Verdict::allowed)
                .orElse(false);
        if (allowed) {
            request.setAttribute(Callers.PRINCIPAL, principal);
            admit(request, principal, operation, target, source);
        }
        return allowed;
    }

    /** The refusal to answer instead of running the operation, or {@code null} to let it run. May wait. */
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (!mode.enabled() || routes.isPublic(request, route)) {
            return null;
        }
        Operation operation = operation(route);
        Api api = operation == null ? Api.SCHEMAS : operation.api();
        String source = address(request);
        String name = operation == null ? request.getMethodName() + " " + request.getPath() : operation.name();
        switch (throttle.check(source)) {
            case REFUSE -> {
                audit.record(
                        null, name, null, AuditLog.Outcome.DENIED, 429, source, "too many authentication failures");
                return refusal(
                                api,
                                429,
                                api == Api.EVENTS ? "ThrottlingException" : "TooManyRequestsException",
                                "Too many failed authentication attempts from " + source + "; retry later.")
                        .header("Retry-After", String.valueOf(throttle.retryAfterSeconds(source)));
            }
            case DELAY -> pause();
            default -> {}
        }
        Principal principal;
        try {
            principal = authenticator.authenticate(credential(request, route, api, true));
        } catch (AuthenticationException e) {
            throttle.failed(source);
            audit.record(null, name, null, AuditLog.Outcome.DENIED, e.status(), source, e.getMessage());
            return refusal(api, e.status(), e.code(), e.getMessage());
        }
        request.setAttribute(Callers.PRINCIPAL, principal);
        if (operation == null) {
            return null; // no such route: the router answers 404 to an authenticated caller
        }
        Target target = target(operation, route, request);
        Operation effective = adjust(operation, target);
        String principalArn = principals.arn(principal.name());
        Authorizer.Verdict decision =
                authorizer.decide(principal, principalArn, effective, target.registryName(), target.arn());
        if (!decision.allowed()) {
            String message = "User: " + principalArn + " is not authorized to perform: " + effective.action()
                    + (target.arn() == null ? "" : " on resource: " + target.arn()) + " because " + decision.reason()
                    + ".";
            audit.record(principal.name(), name, target.arn(), AuditLog.Outcome.DENIED, 403, source, decision.reason());
            return refusal(api, 403, api == Api.EVENTS ? "AccessDeniedException" : "ForbiddenException", message);
        }
        admit(request, principal, operation, target, source);
        return null;
    }

    /** The operation the route serves; an unlisted route gets the strictest entry; none without a route. */
    private @Nullable Operation operation(@Nullable RouteMatch<?> route) {
        String operationId = routes.operationId(route);
        return operationId == null
                ? null
                : Operations.find(operationId).orElseGet(() -> Operations.unlisted(operationId));
    }

    /** Leaves what the audit entry of an allowed change needs, written once it is answered. */
    private static void admit(
            HttpRequest<?> request, Principal principal, Operation operation, Target target, String source) {
        if (operation.mutates()) {
            request.setAttribute(PENDING_AUDIT, new Pending(principal.name(), operation.name(), target.arn(), source));
        }
    }

    /** Audits an allowed change with the status it was answered with. */
    void answered(HttpRequest<?> request, HttpResponse<?> response) {
        request.getAttribute(PENDING_AUDIT, Pending.class)
                .ifPresent(pending -> audit.record(
                        pending.principal(),
                        pending.operation(),
                        pending.resource(),
                        AuditLog.Outcome.ALLOWED,
                        response.code(),
                        pending.source(),
                        null));
    }

    /**
     * The credential the request presents; {@code null} only when {@code mayWait} is false and a
     * signature covers a body not yet read.
     */
    private @Nullable Credential credential(
            HttpRequest<?> request, @Nullable RouteMatch<?> route, Api api, boolean mayWait) {
        String authorization = request.getHeaders().get("Authorization");
        if (authorization != null && SigV4Authorization.isSigV4(authorization)) {
            SigV4Authorization parsed = SigV4Authorization.parse(authorization);
            boolean streaming = routes.streamsBody(route);
            if (!mayWait && SignedRequests.waitsForBody(request, streaming)) {
                return null;
            }
            return new Credential.Signed(
                    SignedRequests.of(request, streaming, parsed.signedHeaders()), parsed, signingServices(api));
        }
        if (authorization != null) {
            int space = authorization.indexOf(' ');
            String scheme = space < 0 ? authorization : authorization.substring(0, space);
            String value = space < 0 ? "" : authorization.substring(space + 1).trim();
            if (scheme.equalsIgnoreCase("Bearer")) {
                return new Credential.Bearer(value);
            }
            if (scheme.equalsIgnoreCase("Basic")) {
                return basic(value);
            }
            throw AuthenticationException.unauthorized("The Authorization scheme '" + scheme
                    + "' is not supported; use AWS4-HMAC-SHA256, Bearer or Basic.");
        }
        String apiKey = request.getHeaders().get(settings.apiKeyHeader());
        if (apiKey != null) {
            return new Credential.Bearer(apiKey.trim());
        }
        throw AuthenticationException.unauthorized("The request carries no credentials: sign it with AWS Signature "
                + "Version 4, or send a bearer token, an API key or Basic credentials.");
    }

    private static Credential basic(String value) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AuthenticationException.unauthorized("The Basic credentials are not base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw AuthenticationException.unauthorized("The Basic credentials are not <access key id>:<secret>.");
        }
        return new Credential.Basic(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** The SigV4 service names a request to {@code api} may be signed for. */
    private static Set<String> signingServices(Api api) {
        return switch (api) {
            case SCHEMAS -> Set.of("schemas");
            case EVENTS -> Set.of("events");
            case INGEST -> Set.of("events", "schemas");
        };
    }

    private Target target(Operation operation, @Nullable RouteMatch<?> route, HttpRequest<?> request) {
        Map<String, Object> variables = route instanceof UriRouteMatch<?, ?> uri ? uri.getVariableValues() : Map.of();
        String registry = string(variables.get("registryName"));
        String schema = string(variables.get("schemaName"));
        return switch (operation.scope()) {
            case ACCOUNT -> {
                // not a registry's resource, but the audit trail should still say which principal changed
                String principal = string(variables.get("principalName"));
                yield new Target(null, principal == null ? null : principals.arn(principal));
            }
            case REGISTRY -> {
                String name =
                        registry != null ? registry : request.getParameters().get("registryName");
                yield name == null || name.isEmpty() ? new Target(null, null) : new Target(name, arns.registry(name));
            }
            case SCHEMA ->
                new Target(registry, registry == null || schema == null ? null : arns.schema(registry, schema));
            case ARN -> arnTarget(string(variables.get("resourceArn")));
        };
    }

    private Target arnTarget(@Nullable String arn) {
        if (arn == null) {
            return new Target(null, null);
        }
        try {
            Arns.Target parsed = arns.parse(arn);
            if (parsed instanceof Arns.RegistryTarget registry) {
                return new Target(registry.registryName(), arn);
            }
            if (parsed instanceof Arns.SchemaTarget schema) {
                return new Target(schema.registryName(), arn);
            }
            return new Target(null, arn);
        } catch (ApiException notOurs) {
            return new Target(null, arn); // the operation answers what is wrong with it
        }
    }

    /** Changing a discoverer's tags is administration: discoverers belong to no registry. */
    private static Operation adjust(Operation operation, Target target) {
        if (operation.scope() == Operations.Scope.ARN && target.registryName() == null && operation.mutates()) {
            return new Operation(
                    operation.name(), operation.action(), Permission.ADMIN, operation.scope(), operation.api(), true);
        }
        return operation;
    }

    private MutableHttpResponse<?> refusal(Api api, int status, String code, String message) {
        return api == Api.EVENTS ? AwsErrors.awsJson(status, code, message) : AwsErrors.response(status, code, message);
    }

    private void pause() {
        try {
            Thread.sleep(settings.failureDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }

    private static @Nullable String string(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
