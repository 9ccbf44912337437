package dev.bindery.registry.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per request: method, path, status and time taken, on the {@code bindery.access} logger. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("bindery.access");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void log(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        LOG.info(
                "{} {} {} {}ms",
                request.getMethodName(),
                request.getPath(),
                response.code(),
                String.format(java.util.Locale.ROOT, "%.2f", millis));
    }
}
