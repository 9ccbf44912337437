package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.security.Operations;
import dev.bindery.registry.store.StorageFailure;
import dev.bindery.registry.store.StorageStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers failures of the store (the database, the file journal) that are storage failures (a full
 * disk, a read-only store, a database that cannot be reached) with a 503
 * {@code ServiceUnavailableException} whose message names storage, in the error format of the
 * operation's API; other failures of these kinds stay the generic 500. One handler per exception
 * type the store's layers throw.
 */
final class StorageFailureHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFailureHandlers.class);

    private StorageFailureHandlers() {}

    /** The 503 for a storage failure: awsJson for the events API (PutEvents), the Schemas API's shape otherwise. */
    static MutableHttpResponse<?> refusal(@Nullable Operations.Operation operation, StorageFailure failure) {
        String code = ErrorCode.ServiceUnavailableException.name();
        MutableHttpResponse<?> response = operation != null && operation.api() == Operations.Api.EVENTS
                ? AwsErrors.awsJson(503, code, failure.message())
                : AwsErrors.response(ErrorCode.ServiceUnavailableException, failure.message());
        return response.header("Retry-After", "10");
    }

    /** The common part: classify, record, answer. */
    abstract static class Base<T extends RuntimeException> implements ExceptionHandler<T, HttpResponse<?>> {

        private final StorageStatus status;
        private final RouteOperations routes;

        Base(StorageStatus status, RouteOperations routes) {
            this.status = status;
            this.routes = routes;
        }

        @Override
        @SuppressWarnings("rawtypes") // the interface declares the parameter raw; a typed one would not override it
        public HttpResponse<?> handle(HttpRequest request, T exception) {
            Optional<StorageFailure> failure = status.failed(exception);
            if (failure.isEmpty()) {
                LOG.error("Unexpected error occurred: {}", exception.getMessage(), exception);
                return AwsErrors.response(
                        ErrorCode.InternalServerErrorException, AwsErrorResponseProcessor.SERVER_ERROR);
            }
            String operationId = RouteAttributes.getRouteMatch(request)
                    .map(routes::operationId)
                    .orElse(null);
            return refusal(
                    operationId == null ? null : Operations.find(operationId).orElse(null), failure.get());
        }
    }

    @Produces
    @Singleton
    static final class DataAccess extends Base<DataAccessException> {
        DataAccess(StorageStatus status, RouteOperations routes) {
            super(status, routes);
        }
    }

    @Produces
    @Singleton
    static final class Connection extends Base<ConnectionException> {
        Connection(StorageStatus status, RouteOperations routes) {
            super(status, routes);
        }
    }

    @Produces
    @Singleton
    static final class Transaction extends Base<TransactionException> {
        Transaction(StorageStatus status, RouteOperations routes) {
            super(status, routes);
        }
    }

    @Produces
    @Singleton
    static final class FileAccess extends Base<UncheckedIOException> {
        FileAccess(StorageStatus status, RouteOperations routes) {
            super(status, routes);
        }
    }
}
