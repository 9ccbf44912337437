package dev.bindery.registry.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.discovery.BusEvent;
import dev.bindery.registry.discovery.DiscoveryService;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PutEvents: checks each entry, hands the valid ones to discovery, and answers per entry, in
 * request order, with an event id or an error. One bad entry never costs the others.
 */
@Singleton
public final class PutEventsService {

    private final PutEventsEntries entries;
    private final DiscoveryService discovery;

    public PutEventsService(PutEventsEntries entries, DiscoveryService discovery) {
        this.entries = entries;
        this.discovery = discovery;
    }

    public List<EntryResult> put(JsonNode requestEntries) {
        List<PutEventsEntries.Checked> checked = entries.check(requestEntries, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        List<BusEvent> accepted = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i).event() != null) {
                accepted.add(checked.get(i).event());
                positions.add(i);
            }
        }
        Map<Integer, DiscoveryService.Refusal> refused = accepted.isEmpty() ? Map.of() : discovery.observe(accepted);
        List<EntryResult> results = new ArrayList<>(checked.size());
        for (PutEventsEntries.Checked entry : checked) {
            results.add(entry.event() != null ? EntryResult.accepted(entry.event().id()) : entry.failure());
        }
        // A name that cannot be made is the source's or detail type's fault, not the detail's.
        refused.forEach((index, refusal) -> results.set(positions.get(index),
                EntryResult.failed(refusal.badName() ? "InvalidArgument" : "MalformedDetail", refusal.reason())));
        return results;
    }
}
