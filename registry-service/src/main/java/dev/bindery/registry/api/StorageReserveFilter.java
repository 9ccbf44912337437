package dev.bindery.registry.api;

import dev.bindery.registry.security.Operations;
import dev.bindery.registry.security.Permission;
import dev.bindery.registry.store.StorageFailure;
import dev.bindery.registry.store.StorageStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;
import java.util.Optional;

/**
 * Refuses operations that store something (changes and ingestion) with a 503 while the embedded
 * store cannot take a write: its data directory is read-only or its free space is below the
 * reserve. H2 closes the database when a write meets a full disk; refusing before keeps it open,
 * so reads go on. Runs after authentication, so an unauthenticated caller learns nothing of it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class StorageReserveFilter implements Ordered {

    private final StorageStatus status;
    private final RouteOperations routes;

    StorageReserveFilter(StorageStatus status, RouteOperations routes) {
        this.status = status;
        this.routes = routes;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        String operationId = routes.operationId(route);
        Operations.Operation operation =
                operationId == null ? null : Operations.find(operationId).orElse(null);
        if (operation == null || !(operation.mutates() || operation.permission() == Permission.INGEST)) {
            return null;
        }
        Optional<StorageFailure> refused = status.refusesWrites();
        return refused.map(failure -> StorageFailureHandlers.refusal(operation, failure))
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return 20;
    }
}
