package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.security.Operations;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;

/**
 * Which wire format an error takes: the events API's ({@code POST /}, PutEvents) is awsJson 1.1,
 * {@code {"__type","message"}}; every other route's is the Schemas API's {@code {"Code","Message"}}. Decided by the
 * route's operation, or, for a request no route matched, by {@code POST /}.
 */
@Singleton
final class ErrorShapes {

    private final RouteOperations routes;

    ErrorShapes(RouteOperations routes) {
        this.routes = routes;
    }

    boolean isEventsApi(HttpRequest<?> request) {
        String operationId =
                RouteAttributes.getRouteMatch(request).map(routes::operationId).orElse(null);
        if (operationId != null) {
            return Operations.find(operationId)
                    .map(operation -> operation.api() == Operations.Api.EVENTS)
                    .orElse(false);
        }
        return request.getMethod() == HttpMethod.POST && "/".equals(request.getPath());
    }

    /** The error in the request's format: a Schemas API code, or its awsJson counterpart for the events API. */
    MutableHttpResponse<?> render(HttpRequest<?> request, ErrorCode code, String message) {
        return isEventsApi(request)
                ? AwsErrors.awsJson(code.status(), awsJsonCode(code), message)
                : AwsErrors.response(code, message);
    }

    /** {@link #render}, onto a response the framework made (its other headers kept). */
    MutableHttpResponse<?> renderOnto(
            HttpRequest<?> request, MutableHttpResponse<?> response, ErrorCode code, String message) {
        return isEventsApi(request)
                ? AwsErrors.renderAwsJson(response, code.status(), awsJsonCode(code), message)
                : AwsErrors.render(response, code, message);
    }

    /** The events API's name for a Schemas API error code (EventBridge's modelled or common awsJson codes). */
    static String awsJsonCode(ErrorCode code) {
        return switch (code) {
            case BadRequestException -> "ValidationException";
            case ForbiddenException -> "AccessDeniedException";
            case NotFoundException -> "ResourceNotFoundException";
            case TooManyRequestsException -> "ThrottlingException";
            case ConflictException -> "ConcurrentModificationException";
            case InternalServerErrorException -> "InternalException";
            default -> code.name();
        };
    }
}
