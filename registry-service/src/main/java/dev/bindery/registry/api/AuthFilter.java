package dev.bindery.registry.api;

import dev.bindery.registry.security.AuthEnabled;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Puts the request guard in front of every request when authentication is on. The filter binds
 * nothing but the request and its route, so it runs for every request whatever its body or
 * framing; the guard reads the body itself, and only when a signature covers it.
 *
 * <p>A request whose credential and policy this instance holds cached is admitted on the event
 * loop; everything else (a first sight of a key, a signed body, a refusal, which is audited) is
 * decided on a blocking thread. The hop to that thread cost about a tenth of the read path's
 * throughput when every request took it.
 */
@Requires(condition = AuthEnabled.class)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AuthFilter implements Ordered {

    private static final CompletableFuture<Optional<MutableHttpResponse<?>>> PROCEED =
            CompletableFuture.completedFuture(Optional.empty());

    private final RequestGuard guard;
    private final ExecutorService blocking;

    AuthFilter(RequestGuard guard, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.guard = guard;
        this.blocking = blocking;
    }

    /** Completes empty to let the request run, or with the refusal to answer instead. */
    @RequestFilter
    CompletableFuture<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (guard.allowedAtOnce(request, route)) {
            return PROCEED;
        }
        Supplier<Optional<MutableHttpResponse<?>>> decide = () -> Optional.ofNullable(guard.check(request, route));
        return CompletableFuture.supplyAsync(PropagatedContext.wrapCurrent(decide), blocking);
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
