package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.error.MalformedBodyException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a body that could not be read ({@link MalformedBodyException}) with a 400 in the shape of the operation's
 * API: awsJson {@code SerializationException} for the events API, {@code BadRequestException} otherwise. The
 * connection is closed: after bad framing nothing more can be read from it.
 */
@Produces
@Singleton
final class MalformedBodyHandler implements ExceptionHandler<MalformedBodyException, HttpResponse<?>> {

    private final ErrorShapes shapes;

    MalformedBodyHandler(ErrorShapes shapes) {
        this.shapes = shapes;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the parameter raw; a typed one would not override it
    public HttpResponse<?> handle(HttpRequest request, MalformedBodyException exception) {
        MutableHttpResponse<?> response = shapes.isEventsApi(request)
                ? AwsErrors.awsJson(400, "SerializationException", exception.getMessage())
                : AwsErrors.response(ErrorCode.BadRequestException, exception.getMessage());
        return response.header(HttpHeaders.CONNECTION, "close");
    }
}
