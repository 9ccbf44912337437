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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** Envelope ids looked up by one query: well within any database's limit of parameters. */
    static final int IDS_PER_QUERY = 500;

    /**
     * A delivery to remember: the bus, the envelope's id, the id Bindery answered with, and whether
     * {@link #find} found the id's row older than the window (to be replaced).
     */
    record Delivery(String bus, String envelopeId, String eventId, boolean expiredRow) {}

    private final JdbcOperations jdbc;
    private final DeliveryLimits limits;
    private final Clock clock;

    DeliveredEvents(JdbcOperations jdbc, DeliveryLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /**
     * What the table holds of a request's envelope ids: the event id each id delivered within the window
     * was answered with, and the ids whose row is older than the window (a new delivery, whose row is
     * replaced when it is recorded).
     */
    record Known(Map<String, String> answered, Set<String> expired) {
        static final Known NONE = new Known(Map.of(), Set.of());
    }

    /** What the table holds of the bus's envelope ids: one query per {@value #IDS_PER_QUERY} ids. */
    @Transactional(readOnly = true)
    Known find(String bus, Collection<String> envelopeIds) {
        Timestamp since = Timestamp.from(cutoff());
        Map<String, String> answered = new HashMap<>();
        Set<String> expired = new HashSet<>();
        List<String> ids = List.copyOf(envelopeIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.prepareStatement(
                    "SELECT envelope_id, CASE WHEN delivered_at >= ? THEN event_id END "
                            + "FROM delivered_event WHERE event_bus = ? AND envelope_id IN ("
                            + String.join(", ", Collections.nCopies(some.size(), "?")) + ")",
                    statement -> {
                        statement.setTimestamp(1, since);
                        statement.setString(2, bus);
                        for (int i = 0; i < some.size(); i++) {
                            statement.setString(i + 3, some.get(i));
                        }
                        try (ResultSet result = statement.executeQuery()) {
                            while (result.next()) {
                                String eventId = result.getString(2); // none: older than the window
                                if (eventId == null) {
                                    expired.add(result.getString(1));
                                } else {
                                    answered.put(result.getString(1), eventId);
                                }
                            }
                        }
                        return null;
                    });
        }
        return new Known(answered, expired);
    }

    /**
     * Remembers journaled deliveries in one transaction: one batched statement for the new ids, another
     * only for ids whose expired row is replaced. An id another instance recorded meanwhile keeps its row.
     */
    @Transactional
    void record(Collection<Delivery> deliveries) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Delivery> fresh = new ArrayList<>();
        List<Delivery> replacing = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            (delivery.expiredRow() ? replacing : fresh).add(delivery);
        }
        if (!replacing.isEmpty()) {
            Timestamp since = Timestamp.from(cutoff());
            int[] updated = jdbc.prepareStatement(
                    "UPDATE delivered_event SET event_id = ?, delivered_at = ? "
                            + "WHERE event_bus = ? AND envelope_id = ? AND delivered_at < ?",
                    statement -> {
                        for (Delivery delivery : replacing) {
                            statement.setString(1, delivery.eventId());
                            statement.setTimestamp(2, now);
                            statement.setString(3, delivery.bus());
                            statement.setString(4, delivery.envelopeId());
                            statement.setTimestamp(5, since);
                            statement.addBatch();
                        }
                        return statement.executeBatch();
                    });
            for (int i = 0; i < updated.length; i++) {
                if (updated[i] == 0) { // pruned meanwhile (or replaced by another instance: then kept)
                    fresh.add(replacing.get(i));
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        // Inserted only where absent (another instance may have recorded the id since it was looked up);
        // the cast types the parameter for PostgreSQL, which reads a bare one in a select list as text.
        jdbc.prepareStatement(
                "INSERT INTO delivered_event (event_bus, envelope_id, event_id, delivered_at) "
                        + "SELECT ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE) WHERE NOT EXISTS "
                        + "(SELECT 1 FROM delivered_event WHERE event_bus = ? AND envelope_id = ?)",
                statement -> {
                    for (Delivery delivery : fresh) {
                        statement.setString(1, delivery.bus());
                        statement.setString(2, delivery.envelopeId());
                        statement.setString(3, delivery.eventId());
                        statement.setTimestamp(4, now);
                        statement.setString(5, delivery.bus());
                        statement.setString(6, delivery.envelopeId());
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    /** Deletes rows older than the window, then the oldest beyond the bounded count. */
    @Scheduled(
            fixedDelay = "${bindery.events.prune-interval:10m}",
            initialDelay = "${bindery.events.prune-interval:10m}")
    @Transactional
    public void prune() {
        int expired = jdbc.prepareStatement("DELETE FROM delivered_event WHERE delivered_at < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(cutoff()));
            return statement.executeUpdate();
        });
        Optional<Timestamp> oldestKept = jdbc.prepareStatement(
                "SELECT delivered_at FROM delivered_event " + "ORDER BY delivered_at DESC LIMIT 1 OFFSET ?",
                statement -> {
                    statement.setInt(1, limits.dedupMaxEntries() - 1);
                    try (ResultSet result = statement.executeQuery()) {
                        return result.next() ? Optional.of(result.getTimestamp(1)) : Optional.<Timestamp>empty();
                    }
                });
        int beyond = oldestKept
                .map(at -> jdbc.prepareStatement("DELETE FROM delivered_event WHERE delivered_at < ?", statement -> {
                    statement.setTimestamp(1, at);
                    return statement.executeUpdate();
                }))
                .orElse(0);
        if (expired + beyond > 0) {
            LOG.debug("Pruned {} expired and {} surplus delivered event ids", expired, beyond);
        }
    }

    private Instant cutoff() {
        return clock.instant().minus(limits.dedupWindow());
    }
}
