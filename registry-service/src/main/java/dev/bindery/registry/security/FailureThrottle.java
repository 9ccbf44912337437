package dev.bindery.registry.security;

import dev.bindery.registry.config.AuthSettings;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows and then refuses a client address that keeps failing authentication, without touching
 * other addresses: after {@code failuresBeforeDelay} failures within {@code failureWindow} its
 * requests wait {@code failureDelay} before being answered, after {@code failuresBeforeRefusal}
 * they are refused with 429 until the window that counted them has passed. A success does not
 * reset the count: an attacker holding one valid key must not get unlimited guesses at others.
 */
@Singleton
public final class FailureThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private final AuthSettings settings;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public FailureThrottle(AuthSettings settings) {
        this(settings, Clock.systemUTC());
    }

    FailureThrottle(AuthSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** What to do with the next request from an address. */
    public enum Verdict {
        PASS,
        DELAY,
        REFUSE
    }

    private record Window(long start, int failures) {}

    /** The verdict for a request from {@code address}, before it is authenticated. */
    public Verdict check(String address) {
        Window window = windows.get(address);
        if (window == null || expired(window, clock.millis())) {
            return Verdict.PASS;
        }
        if (window.failures() >= settings.failuresBeforeRefusal()) {
            return Verdict.REFUSE;
        }
        return window.failures() >= settings.failuresBeforeDelay() ? Verdict.DELAY : Verdict.PASS;
    }

    /** Counts an authentication failure from {@code address}. */
    public void failed(String address) {
        long now = clock.millis();
        if (windows.size() >= MAX_ADDRESSES) {
            windows.values().removeIf(w -> expired(w, now));
        }
        windows.compute(
                address,
                (key, window) -> window == null || expired(window, now)
                        ? new Window(now, 1)
                        : new Window(window.start(), window.failures() + 1));
    }

    /** Seconds until {@code address}'s window closes, for {@code Retry-After}. */
    public long retryAfterSeconds(String address) {
        Window window = windows.get(address);
        if (window == null) {
            return 0;
        }
        long left = window.start() + settings.failureWindow().toMillis() - clock.millis();
        return Math.max(1, (left + 999) / 1000);
    }

    private boolean expired(Window window, long now) {
        return now - window.start() >= settings.failureWindow().toMillis();
    }
}
