package dev.bindery.registry.ingest;

import dev.bindery.registry.discovery.BusEvent;
import dev.bindery.registry.discovery.DiscoveryService;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Ingestion, the one path of every door: checks each received event with {@link EntryRules}, hands
 * the valid ones to discovery (which journals them before this returns), and answers per entry, in
 * order, with an event id or an error. One bad entry never costs the others.
 */
@Singleton
public final class IngestionService {

    private final EntryRules rules;
    private final DiscoveryService discovery;
    private final Executor workers;

    public IngestionService(
            EntryRules rules, DiscoveryService discovery, @Named(TaskExecutors.BLOCKING) Executor workers) {
        this.rules = rules;
        this.discovery = discovery;
        this.workers = workers;
    }

    /**
     * A pipeline that ingests batches on a worker while the caller prepares the next, with at most
     * {@code depth} batches waiting or running.
     */
    public IngestionPipeline pipeline(int depth) {
        return new IngestionPipeline(this, workers, depth);
    }

    /** What became of each event, in the order received. */
    public List<EntryResult> ingest(List<Received> received) {
        return complete(prepare(received));
    }

    /**
     * Received events checked and made ready for discovery; what {@link #complete} journals. Preparing
     * reads nothing the journal or another batch changes, so a door can prepare one batch while the
     * previous one completes ({@link IngestionPipeline}).
     */
    public static final class Prepared {
        private final List<EntryResult> results;
        private final List<Integer> positions;
        private final DiscoveryService.Prepared discovery;

        private Prepared(List<EntryResult> results, List<Integer> positions, DiscoveryService.Prepared discovery) {
            this.results = results;
            this.positions = positions;
            this.discovery = discovery;
        }
    }

    /** Checks each event by the rules and prepares the valid ones for discovery. */
    public Prepared prepare(List<Received> received) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<EntryResult> results = new ArrayList<>(received.size());
        List<BusEvent> accepted = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (Received entry : received) {
            if (entry.refusal() != null) {
                results.add(entry.refusal());
                continue;
            }
            EntryRules.Checked checked = rules.check(entry.event(), now);
            if (checked.event() != null) {
                positions.add(results.size());
                accepted.add(checked.event());
                results.add(EntryResult.accepted(checked.event().id()));
            } else {
                results.add(checked.failure());
            }
        }
        return new Prepared(results, positions, accepted.isEmpty() ? null : discovery.prepare(accepted));
    }

    /** Hands the prepared events to discovery, which journals them before this returns; the results in order. */
    public List<EntryResult> complete(Prepared prepared) {
        List<EntryResult> results = new ArrayList<>(prepared.results);
        Map<Integer, DiscoveryService.Refusal> refused =
                prepared.discovery == null ? Map.of() : discovery.record(prepared.discovery);
        // A name that cannot be made is the source's or detail type's fault, not the detail's.
        refused.forEach((index, refusal) -> results.set(
                prepared.positions.get(index),
                EntryResult.failed(refusal.badName() ? "InvalidArgument" : "MalformedDetail", refusal.reason())));
        return results;
    }
}
