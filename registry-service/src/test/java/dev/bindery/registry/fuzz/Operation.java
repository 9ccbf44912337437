package dev.bindery.registry.fuzz;

import io.micronaut.web.router.UriRouteInfo;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A route the server serves, named by its controller method's {@code @Operation(operationId)}:
 * found at runtime, so a route added later is fuzzed without changing this test.
 *
 * @param id     the operation id, or {@code METHOD path} for health, which has none
 * @param method the HTTP method
 * @param path   the URI template, {@code {name}} for each path variable
 */
record Operation(String id, String method, String path) {

    static Optional<Operation> of(UriRouteInfo<?, ?> route) {
        String path = route.getUriMatchTemplate().toString();
        int query = path.indexOf("{?");
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            path = "/";
        }
        Method target = route.getTargetMethod().getTargetMethod();
        io.swagger.v3.oas.annotations.Operation annotation =
                target.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        String method = route.getHttpMethodName();
        if (annotation != null && !annotation.operationId().isEmpty()) {
            return Optional.of(new Operation(annotation.operationId(), method, path));
        }
        // Of the routes no controller operation serves (Micronaut's management endpoints), only health is public.
        return path.startsWith("/health")
                ? Optional.of(new Operation(method + " " + path, method, path))
                : Optional.empty();
    }

    /** The events API (awsJson 1.1), whose errors are {@code {"__type", "message"}}. */
    boolean awsJson() {
        return path.equals("/") && method.equals("POST");
    }
}
