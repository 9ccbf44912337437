package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.discovery.EventBuses;
import dev.bindery.registry.error.ApiException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EventBridge API-destination door: one event envelope as an API destination sends it (the rule's
 * target input being the matched event), or a JSON array of envelopes, ingested through
 * {@link IngestionService}. An envelope id delivered before within the window is not ingested again
 * and is answered with the event id it was answered with then (ADR 0020). Ids are recorded only after
 * their events are journaled: a crash in between may count a retried event twice, never lose one.
 */
@Singleton
public final class ApiDestinationIngest {

    private static final Logger LOG = LoggerFactory.getLogger(ApiDestinationIngest.class);
    /** The width of {@code delivered_event.envelope_id}; a longer id is ingested without de-duplication. */
    private static final int MAX_ID_LENGTH = 256;

    private final IngestionService ingestion;
    private final IngestLimits limits;
    private final DeliveredEvents delivered;
    private final DeliveryRecorder recorder;
    /** Bus and envelope id of the requests being ingested; guarded by itself. */
    private final Set<List<String>> inFlight = new HashSet<>();

    ApiDestinationIngest(
            IngestionService ingestion, IngestLimits limits, DeliveredEvents delivered, DeliveryRecorder recorder) {
        this.ingestion = ingestion;
        this.limits = limits;
        this.delivered = delivered;
        this.recorder = recorder;
    }

    /** What became of one envelope: its id as sent, its result, and whether it was delivered before. */
    public record Delivered(@Nullable String envelopeId, EntryResult result, boolean duplicate) {}

    /**
     * What became of a request. {@code busyWith} names an envelope id another request is ingesting right
     * now: then nothing was ingested, and the request should be retried. {@code array} says the body was
     * an array.
     */
    public record Outcome(
            List<Delivered> entries,
            boolean array,
            @Nullable String busyWith) {}

    /** One envelope of the body: its id when usable for de-duplication, and what the door made of it. */
    private record Slot(@Nullable String envelopeId, Received received) {}

    /**
     * Ingests the body.
     *
     * @throws JsonProcessingException when the body is not one JSON value
     * @throws ApiException            when it is neither an object nor an array of 1 to max-entries values
     */
    public Outcome ingest(byte[] body, String bus) throws JsonProcessingException {
        List<int[]> elements = CloudEvents.batchElements(body).orElse(null);
        boolean array = elements != null;
        if (array && (elements.isEmpty() || elements.size() > limits.maxEntries())) {
            throw ApiException.badRequest(
                    "An array of event envelopes must hold 1 to %d envelopes, not %d.",
                    limits.maxEntries(), elements.size());
        }
        List<Slot> slots = new ArrayList<>();
        if (array) {
            for (int[] element : elements) {
                slots.add(slot(body, element[0], element[1], bus, true));
            }
        } else {
            slots.add(slot(body, 0, body.length, bus, false));
        }
        String busKey = EventBuses.nameOf(bus).orElse(bus);
        Set<String> ids = new LinkedHashSet<>();
        slots.stream().map(Slot::envelopeId).filter(id -> id != null).forEach(ids::add);
        List<List<String>> claims = ids.stream().map(id -> List.of(busKey, id)).toList();
        synchronized (inFlight) {
            for (List<String> claim : claims) {
                if (inFlight.contains(claim)) {
                    return new Outcome(List.of(), array, claim.get(1));
                }
            }
            inFlight.addAll(claims);
        }
        try {
            return new Outcome(ingest(slots, busKey, ids), array, null);
        } finally {
            synchronized (inFlight) {
                claims.forEach(inFlight::remove);
            }
        }
    }

    private List<Delivered> ingest(List<Slot> slots, String busKey, Set<String> ids) {
        DeliveredEvents.Known window = ids.isEmpty() ? DeliveredEvents.Known.NONE : delivered.find(busKey, ids);
        Map<String, String> known = window.answered();
        Delivered[] results = new Delivered[slots.size()];
        Map<String, Integer> firstInBody = new HashMap<>();
        List<Received> fresh = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            String id = slots.get(i).envelopeId();
            if (id != null && known.containsKey(id)) {
                results[i] = new Delivered(id, EntryResult.accepted(known.get(id)), true);
            } else if (id == null || firstInBody.putIfAbsent(id, i) == null) {
                fresh.add(slots.get(i).received());
                positions.add(i);
            }
        }
        List<EntryResult> ingested = fresh.isEmpty() ? List.of() : ingestion.ingest(fresh);
        List<DeliveredEvents.Delivery> journaled = new ArrayList<>();
        for (int n = 0; n < ingested.size(); n++) {
            int i = positions.get(n);
            String id = slots.get(i).envelopeId();
            EntryResult result = ingested.get(n);
            results[i] = new Delivered(id, result, false);
            if (id != null && !result.isFailure()) {
                journaled.add(new DeliveredEvents.Delivery(
                        busKey, id, result.eventId(), window.expired().contains(id)));
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            if (results[i] == null) { // a repeat of an id earlier in the same body: answered as that one
                Delivered first = results[firstInBody.get(slots.get(i).envelopeId())];
                results[i] = new Delivered(
                        first.envelopeId(), first.result(), !first.result().isFailure());
            }
        }
        if (!journaled.isEmpty()) {
            try {
                recorder.record(journaled);
            } catch (RuntimeException e) {
                // The events are journaled, so the answer stays a success; a retry may count them again.
                LOG.warn(
                        "Delivered event ids {} were journaled but not recorded for de-duplication",
                        journaled.stream()
                                .map(DeliveredEvents.Delivery::envelopeId)
                                .toList(),
                        e);
            }
        }
        return List.of(results);
    }

    private static Slot slot(byte[] json, int offset, int length, String bus, boolean inArray)
            throws JsonProcessingException {
        EnvelopeReader.Envelope envelope = EnvelopeReader.read(json, offset, length, bus);
        if (envelope == null) {
            String message = "An event envelope must be a JSON object" + (inArray ? "." : ", or an array of them.");
            if (!inArray) {
                throw ApiException.badRequest(message);
            }
            return new Slot(null, Received.refused("InvalidArgument", message));
        }
        String id = envelope.id();
        if (id != null && (id.isEmpty() || id.length() > MAX_ID_LENGTH)) {
            id = null;
        }
        return new Slot(id, envelope.received());
    }
}
