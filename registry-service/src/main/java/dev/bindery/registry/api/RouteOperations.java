package dev.bindery.registry.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteMatch;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the operation a route serves by the {@code operationId} of its OpenAPI annotation, which
 * every controller method carries: one name for the API description, the operation table and the
 * audit trail. Also says which requests are public.
 */
@Singleton
final class RouteOperations {

    /** The package of the console's controllers (named, not imported: the API does not depend on the console). */
    static final String CONSOLE_PACKAGE = "dev.bindery.registry.console";

    // The OpenAPI annotations are not part of Micronaut's compile-time annotation metadata, so they
    // are read once per method by reflection.
    private final Map<Method, Optional<String>> ids = new ConcurrentHashMap<>();

    /** The operation id of the route's method, or {@code null} for a request no controller serves. */
    @Nullable
    String operationId(@Nullable RouteMatch<?> route) {
        if (route instanceof MethodBasedRouteMatch<?, ?> method) {
            return ids.computeIfAbsent(method.getTargetMethod(), RouteOperations::annotated)
                    .orElse(null);
        }
        return null;
    }

    /** The {@code operationId} a controller method is annotated with. */
    static Optional<String> annotated(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null || operation.operationId().isEmpty()
                ? Optional.empty()
                : Optional.of(operation.operationId());
    }

    /** Whether the route reads its body as a stream (NDJSON), which is never buffered, so a signature cannot cover it. */
    boolean streamsBody(@Nullable RouteMatch<?> route) {
        return "PutEventsNdjson".equals(operationId(route));
    }

    /**
     * {@code /ping}, {@code /health} and the API description need no credentials. The console's
     * routes need none of the API's: the console authenticates them with its own session cookie and
     * authorizes each through the same operation table (see the console package).
     */
    boolean isPublic(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        String path = request.getPath();
        return path.equals("/ping")
                || path.equals("/health")
                || path.startsWith("/health/")
                || path.startsWith("/openapi/")
                || isConsole(route);
    }

    private static boolean isConsole(@Nullable RouteMatch<?> route) {
        return route instanceof MethodBasedRouteMatch<?, ?> method
                && method.getDeclaringType().getPackageName().equals(CONSOLE_PACKAGE);
    }
}
