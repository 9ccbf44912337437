package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Bounds on how long and how many request bodies may hold the server.
 *
 * @param bodyTimeout          the longest wait for the next bytes of a request body that has begun:
 *                             a request whose body stalls longer is answered 408 and its connection
 *                             closed (a thread blocked reading it is released)
 * @param maxConcurrentStreams NDJSON uploads read at once; one more is refused with 429 at once
 */
@ConfigurationProperties("bindery.requests")
public record BodyLimits(
        @Bindable(defaultValue = "30s") Duration bodyTimeout,
        @Bindable(defaultValue = "64") int maxConcurrentStreams) {

    public BodyLimits {
        if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("bindery.requests.body-timeout must be positive, not " + bodyTimeout);
        }
        if (maxConcurrentStreams < 1) {
            throw new IllegalArgumentException(
                    "bindery.requests.max-concurrent-streams must be at least 1, not " + maxConcurrentStreams);
        }
    }
}
