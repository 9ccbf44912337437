package dev.bindery.registry.api;

import dev.bindery.registry.security.AuthEnabled;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteMatch;

/**
 * The request guard for the streaming NDJSON route, whose body is never buffered: a SigV4
 * signature there must declare {@code x-amz-content-sha256: UNSIGNED-PAYLOAD}.
 */
@Requires(condition = AuthEnabled.class)
@ServerFilter(StreamAuthFilter.PATH)
final class StreamAuthFilter implements Ordered {

    static final String PATH = "/v1/events/ndjson";

    private final RequestGuard guard;

    StreamAuthFilter(RequestGuard guard) {
        this.guard = guard;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        return guard.check(request, route, null, true);
    }

    @ResponseFilter
    void answered(HttpRequest<?> request, HttpResponse<?> response) {
        guard.answered(request, response);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
