package dev.bindery.registry.api;

import dev.bindery.registry.security.AuthEnabled;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteMatch;

/**
 * The request guard for every route whose body is buffered: the body is read here so that a
 * signature over its hash can be verified. The streaming NDJSON route has {@link StreamAuthFilter}.
 */
@Requires(condition = AuthEnabled.class)
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = "^(?!" + StreamAuthFilter.PATH + "$).*")
final class AuthFilter implements Ordered {

    private final RequestGuard guard;

    AuthFilter(RequestGuard guard) {
        this.guard = guard;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route, @Body @Nullable byte[] body) {
        return guard.check(request, route, body == null ? new byte[0] : body, false);
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
