package dev.bindery.registry.ingest;

import dev.bindery.registry.discovery.BusEvent;
import dev.bindery.registry.discovery.DiscoveryService;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
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
        private final List<BusEvent> accepted;
        /** The accepted events whose detail only the fold reads (by index in {@code accepted}). */
        private final BitSet leftToFold;

        private final DiscoveryService.Prepared discovery;

        private Prepared(
                List<EntryResult> results,
                List<Integer> positions,
                List<BusEvent> accepted,
                BitSet leftToFold,
                DiscoveryService.Prepared discovery) {
            this.results = results;
            this.positions = positions;
            this.accepted = accepted;
            this.leftToFold = leftToFold;
            this.discovery = discovery;
        }
    }

    /**
     * Checks each event by the rules and prepares the valid ones for discovery. An event whose detail is left
     * to the fold ({@link IncomingEvent.DetailReading#FOLD}) and that discovery will not fold (its bus is not
     * discovered) has its detail checked here instead.
     */
    public Prepared prepare(List<Received> received) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<EntryResult> results = new ArrayList<>(received.size());
        List<BusEvent> accepted = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        BitSet leftToFold = new BitSet();
        for (Received entry : received) {
            if (entry.refusal() != null) {
                results.add(entry.refusal());
                continue;
            }
            EntryRules.Checked checked = rules.check(entry.event(), now);
            if (checked.event() != null) {
                if (entry.event().detailReading() == IncomingEvent.DetailReading.FOLD) {
                    leftToFold.set(accepted.size());
                }
                positions.add(results.size());
                accepted.add(checked.event());
                results.add(EntryResult.accepted(checked.event().id()));
            } else {
                results.add(checked.failure());
            }
        }
        DiscoveryService.Prepared learning = accepted.isEmpty() ? null : discovery.prepare(accepted);
        for (int i = leftToFold.nextSetBit(0); i >= 0; i = leftToFold.nextSetBit(i + 1)) {
            if (!learning.learns(i)) {
                EntryResult refusal = EntryRules.detailRefusal(accepted.get(i).detail());
                if (refusal != null) {
                    results.set(positions.get(i), refusal); // never journalled: discovery does not learn it
                }
            }
        }
        return new Prepared(results, positions, accepted, leftToFold, learning);
    }

    /**
     * Hands the prepared events to discovery, which journals them before this returns; the results in order.
     * A detail the fold refused and only the fold read is named as the rules name it.
     */
    public List<EntryResult> complete(Prepared prepared) {
        List<EntryResult> results = new ArrayList<>(prepared.results);
        Map<Integer, DiscoveryService.Refusal> refused =
                prepared.discovery == null ? Map.of() : discovery.record(prepared.discovery);
        refused.forEach((index, refusal) -> {
            EntryResult rules = !refusal.badName() && prepared.leftToFold.get(index)
                    ? EntryRules.detailRefusal(prepared.accepted.get(index).detail())
                    : null;
            // A name that cannot be made is the source's or detail type's fault, not the detail's.
            results.set(
                    prepared.positions.get(index),
                    rules != null
                            ? rules
                            : EntryResult.failed(
                                    refusal.badName() ? "InvalidArgument" : "MalformedDetail", refusal.reason()));
        });
        return results;
    }
}
