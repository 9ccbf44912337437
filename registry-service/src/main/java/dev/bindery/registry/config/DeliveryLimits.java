package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Bounds of {@code POST /v1/events}, the EventBridge API-destination door (ADR 0020).
 *
 * @param maxConcurrent  requests ingested at once ({@code BINDERY_EVENTS_MAX_CONCURRENT}); one more is
 *                       answered 429 with {@code Retry-After}; 0 refuses every request
 * @param dedupWindow    how long a delivered envelope id is remembered ({@code BINDERY_EVENTS_DEDUP_WINDOW},
 *                       24 h: as long as an API destination retries)
 * @param dedupMaxEntries the most ids remembered ({@code BINDERY_EVENTS_DEDUP_MAX_ENTRIES}); the oldest
 *                       beyond it are pruned early
 * @param pruneInterval  how often expired ids are pruned
 */
@ConfigurationProperties("bindery.events")
public record DeliveryLimits(
        @Bindable(defaultValue = "64") int maxConcurrent,
        @Bindable(defaultValue = "24h") Duration dedupWindow,
        @Bindable(defaultValue = "1000000") int dedupMaxEntries,
        @Bindable(defaultValue = "10m") Duration pruneInterval) {

    public DeliveryLimits {
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException(
                    "bindery.events.max-concurrent must be at least 0, not " + maxConcurrent);
        }
        if (dedupWindow.isNegative() || dedupWindow.isZero()) {
            throw new IllegalArgumentException("bindery.events.dedup-window must be positive, not " + dedupWindow);
        }
        if (dedupMaxEntries < 1) {
            throw new IllegalArgumentException(
                    "bindery.events.dedup-max-entries must be at least 1, not " + dedupMaxEntries);
        }
    }
}
