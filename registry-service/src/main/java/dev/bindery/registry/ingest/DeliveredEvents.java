package dev.bindery.registry.ingest;

import dev.bindery.registry.config.DeliveryLimits;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The envelope ids delivered through the API-destination door within the de-duplication window
 * ({@code delivered_event}, ADR 0020), with the event id each was answered with. An id is recorded only
 * after its event is journaled; expired rows, and the oldest beyond the bounded count, are pruned.
 */
@Singleton
class DeliveredEvents {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveredEvents.class);

    /** A delivery to remember: the bus, the envelope's id, the id Bindery answered with. */
    record Delivery(String bus, String envelopeId, String eventId) {
    }

    private final JdbcOperations jdbc;
    private final DeliveryLimits limits;
    private final Clock clock;

    DeliveredEvents(JdbcOperations jdbc, DeliveryLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /** The event id each of the bus's envelope ids was answered with, of those delivered within the window. */
    @Transactional
    Map<String, String> find(String bus, Collection<String> envelopeIds) {
        Timestamp since = Timestamp.from(cutoff());
        Map<String, String> found = new HashMap<>();
        for (String envelopeId : envelopeIds) {
            jdbc.prepareStatement("SELECT event_id FROM delivered_event WHERE event_bus = ? AND envelope_id = ? "
                    + "AND delivered_at >= ?", statement -> {
                        statement.setString(1, bus);
                        statement.setString(2, envelopeId);
                        statement.setTimestamp(3, since);
                        try (ResultSet result = statement.executeQuery()) {
                            if (result.next()) {
                                found.put(envelopeId, result.getString(1));
                            }
                        }
                        return null;
                    });
        }
        return found;
    }

    /** Remembers journaled deliveries; an expired row of the same id is replaced. */
    @Transactional
    void record(Collection<Delivery> deliveries) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp since = Timestamp.from(cutoff());
        for (Delivery delivery : deliveries) {
            int updated = jdbc.prepareStatement("UPDATE delivered_event SET event_id = ?, delivered_at = ? "
                    + "WHERE event_bus = ? AND envelope_id = ? AND delivered_at < ?", statement -> {
                        statement.setString(1, delivery.eventId());
                        statement.setTimestamp(2, now);
                        statement.setString(3, delivery.bus());
                        statement.setString(4, delivery.envelopeId());
                        statement.setTimestamp(5, since);
                        return statement.executeUpdate();
                    });
            if (updated == 0 && !exists(delivery)) {
                jdbc.prepareStatement("INSERT INTO delivered_event (event_bus, envelope_id, event_id, delivered_at) "
                        + "VALUES (?, ?, ?, ?)", statement -> {
                            statement.setString(1, delivery.bus());
                            statement.setString(2, delivery.envelopeId());
                            statement.setString(3, delivery.eventId());
                            statement.setTimestamp(4, now);
                            return statement.executeUpdate();
                        });
            }
        }
    }

    private boolean exists(Delivery delivery) {
        return jdbc.prepareStatement("SELECT 1 FROM delivered_event WHERE event_bus = ? AND envelope_id = ?",
                statement -> {
                    statement.setString(1, delivery.bus());
                    statement.setString(2, delivery.envelopeId());
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next();
                    }
                });
    }

    /** Deletes rows older than the window, then the oldest beyond the bounded count. */
    @Scheduled(fixedDelay = "${bindery.events.prune-interval:10m}", initialDelay = "${bindery.events.prune-interval:10m}")
    @Transactional
    public void prune() {
        int expired = jdbc.prepareStatement("DELETE FROM delivered_event WHERE delivered_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(cutoff()));
            return statement.executeUpdate();
        });
        Optional<Timestamp> oldestKept = jdbc.prepareStatement("SELECT delivered_at FROM delivered_event "
                + "ORDER BY delivered_at DESC LIMIT 1 OFFSET ?", statement -> {
                    statement.setInt(1, limits.dedupMaxEntries() - 1);
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next() ? Optional.of(result.getTimestamp(1)) : Optional.<Timestamp>empty();
                    }
                });
        int beyond = oldestKept.map(at -> jdbc.prepareStatement("DELETE FROM delivered_event WHERE delivered_at < ?",
                statement -> {
                    statement.setTimestamp(1, at);
                    return statement.executeUpdate();
                })).orElse(0);
        if (expired + beyond > 0) {
            LOG.debug("Pruned {} expired and {} surplus delivered event ids", expired, beyond);
        }
    }

    private Instant cutoff() {
        return clock.instant().minus(limits.dedupWindow());
    }
}
