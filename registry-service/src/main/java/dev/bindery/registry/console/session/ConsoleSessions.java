package dev.bindery.registry.console.session;

import dev.bindery.registry.security.Principal;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The console's sessions, in memory, keyed by 32 random bytes. A session lives for a fixed time
 * ({@link #LIFETIME}) and ends at logout; at most {@link #CAPACITY} are kept, the oldest dropped
 * first. Sessions are not shared between registry instances (ADR 0017): behind a load balancer the
 * console needs sticky sessions, or a login per instance.
 */
@Singleton
public final class ConsoleSessions {

    static final Duration LIFETIME = Duration.ofHours(8);
    static final int CAPACITY = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    // The mutable state of this class: access-ordered, so the least recently used session goes first.
    private final Map<String, ConsoleSession> sessions = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ConsoleSession> eldest) {
            return size() > CAPACITY;
        }
    };

    public ConsoleSessions() {
        this(Clock.systemUTC());
    }

    ConsoleSessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session for {@code principal} ({@code null}: anonymous, authentication off). */
    public ConsoleSession open(@Nullable Principal principal) {
        ConsoleSession session = new ConsoleSession(
                randomId(), principal, randomId(), clock.instant().plus(LIFETIME));
        synchronized (sessions) {
            sessions.put(session.id(), session);
        }
        return session;
    }

    /** The live session with this id, if any. */
    public Optional<ConsoleSession> find(@Nullable String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (sessions) {
            ConsoleSession session = sessions.get(id);
            if (session == null) {
                return Optional.empty();
            }
            if (!now.isBefore(session.expires())) {
                sessions.remove(id);
                return Optional.empty();
            }
            return Optional.of(session);
        }
    }

    /** Ends a session (logout). */
    public void close(String id) {
        synchronized (sessions) {
            sessions.remove(id);
        }
    }

    private String randomId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
