package dev.bindery.registry.discovery;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * When a discovered schema's pending change becomes a version (ADR 0006, "Cadence"): when its source
 * has been quiet for {@code bindery.discovery.quiet-period} (5 s: no event of the schema was learned
 * since), or when the version window has passed since the latest version, whichever comes first.
 * The window is {@code bindery.discovery.version-window} (60 s) after a first version and doubles
 * with each version that follows within {@code bindery.discovery.max-version-window} (1 h) of the one
 * before, up to that maximum. A burst is thus versioned as soon as it ends, while a source that never
 * falls quiet, and whose shape is still settling, gets versions at 1, 3, 7, 15, 31 minutes.
 */
@Singleton
class VersionCadence {

    /** What the store knows of a schema's timing. */
    record Timing(Instant lastLearned, @Nullable Instant versionedAt, int streak) {}

    private final Duration quietPeriod;
    private final Duration window;
    private final Duration maxWindow;

    VersionCadence(
            @Value("${bindery.discovery.quiet-period:5s}") Duration quietPeriod,
            @Value("${bindery.discovery.version-window:60s}") Duration window,
            @Value("${bindery.discovery.max-version-window:1h}") Duration maxWindow) {
        if (quietPeriod.isNegative() || window.isNegative() || maxWindow.isNegative()) {
            throw new IllegalArgumentException("negative discovery duration: quiet-period " + quietPeriod
                    + ", version-window " + window + ", max-version-window " + maxWindow);
        }
        this.quietPeriod = quietPeriod;
        this.window = window;
        this.maxWindow = maxWindow.compareTo(window) < 0 ? window : maxWindow;
    }

    /** Whether a change may be written now; {@code versionedAt} is when the latest version was written. */
    boolean due(Instant now, Timing timing, Instant versionedAt) {
        boolean quiet = !now.isBefore(timing.lastLearned().plus(quietPeriod));
        return quiet || !now.isBefore(versionedAt.plus(windowAfter(timing.streak())));
    }

    /** The window after the {@code streak}-th version of a row: the base window, doubled for each before it. */
    Duration windowAfter(int streak) {
        Duration grown = window;
        for (int i = 1; i < streak && grown.compareTo(maxWindow) < 0; i++) {
            grown = grown.multipliedBy(2);
        }
        return grown.compareTo(maxWindow) < 0 ? grown : maxWindow;
    }

    /** The streak a version written now extends: a version within the maximum window of the one before. */
    int streakAfter(Instant now, @Nullable Instant versionedAt, int streak) {
        boolean continues = versionedAt != null && now.isBefore(versionedAt.plus(maxWindow));
        return continues ? streak + 1 : 1;
    }
}
