package dev.bindery.registry.api;

import dev.bindery.registry.error.ApiException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns the services' {@link ApiException}s into AWS error responses in the format of the request's API. */
@Produces
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {

    private final ErrorShapes shapes;

    ApiExceptionHandler(ErrorShapes shapes) {
        this.shapes = shapes;
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface declares the parameter raw; a typed one would not override it
    public HttpResponse<?> handle(HttpRequest request, ApiException exception) {
        return shapes.render(request, exception.code(), exception.getMessage());
    }
}
