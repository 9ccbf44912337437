package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.patterns.InvalidPatternException;
import dev.bindery.registry.patterns.InvalidTestEventException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The pattern package's refusals: an invalid pattern is EventBridge's {@code InvalidEventPatternException} on the
 * events API and a {@code BadRequestException} on Bindery's lint; an invalid test event is a
 * {@code ValidationException}, as EventBridge answers it. All are 400.
 */
final class PatternExceptionHandlers {

    private PatternExceptionHandlers() {}

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static final class InvalidPattern implements ExceptionHandler<InvalidPatternException, HttpResponse<?>> {

        private final ErrorShapes shapes;

        InvalidPattern(ErrorShapes shapes) {
            this.shapes = shapes;
        }

        @Override
        @SuppressWarnings("rawtypes") // the interface declares the parameter raw; a typed one would not override it
        public HttpResponse<?> handle(HttpRequest request, InvalidPatternException exception) {
            return shapes.isEventsApi(request)
                    ? AwsErrors.awsJson(400, "InvalidEventPatternException", exception.getMessage())
                    : AwsErrors.response(ErrorCode.BadRequestException, exception.getMessage());
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static final class InvalidEvent implements ExceptionHandler<InvalidTestEventException, HttpResponse<?>> {

        private final ErrorShapes shapes;

        InvalidEvent(ErrorShapes shapes) {
            this.shapes = shapes;
        }

        @Override
        @SuppressWarnings("rawtypes") // the interface declares the parameter raw; a typed one would not override it
        public HttpResponse<?> handle(HttpRequest request, InvalidTestEventException exception) {
            return shapes.render(request, ErrorCode.BadRequestException, exception.getMessage());
        }
    }
}
