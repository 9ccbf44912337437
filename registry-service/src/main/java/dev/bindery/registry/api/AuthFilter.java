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
 * Puts the request guard in front of every request when authentication is on. The filter binds
 * nothing but the request and its route, so it runs for every request whatever its body or
 * framing; the guard reads the body itself, and only when a signature covers it.
 */
@Requires(condition = AuthEnabled.class)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AuthFilter implements Ordered {

    private final RequestGuard guard;

    AuthFilter(RequestGuard guard) {
        this.guard = guard;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        return guard.check(request, route);
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
