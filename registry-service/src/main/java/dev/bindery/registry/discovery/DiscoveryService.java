package dev.bindery.registry.discovery;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovery: events on buses with a started discoverer are learned for their schema
 * ({@code source@DetailType}, a name of its own for each detail-type: {@link SchemaNameClaims}) before
 * they are acknowledged — appended to the discovery journal in
 * one batched insert and folded into this instance's in-memory delta — and {@link ShapeFlusher}
 * merges the deltas into the stored shapes and writes versions. With
 * {@code bindery.discovery.version-window=0s} each request records and flushes alone before it
 * answers (requests of discovered buses then run one at a time), so every request's change is its own
 * version, never shared with a concurrent request's, as that setting promises. Events on other buses
 * are accepted and not inferred.
 */
@Singleton
public class DiscoveryService {

    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryService.class);

    private final DiscovererService discoverers;
    private final JournalAppender journal;
    private final ShapeDeltas deltas;
    private final ShapeFlusher flusher;
    private final SchemaNameClaims names;
    private final EventSamples samples;
    private final SchemaBuses buses;
    private final boolean versionEveryRequest;

    DiscoveryService(
            DiscovererService discoverers,
            JournalAppender journal,
            ShapeDeltas deltas,
            ShapeFlusher flusher,
            SchemaNameClaims names,
            EventSamples samples,
            SchemaBuses buses,
            @Value("${bindery.discovery.version-window:60s}") Duration versionWindow) {
        this.names = names;
        this.samples = samples;
        this.buses = buses;
        this.discoverers = discoverers;
        this.journal = journal;
        this.deltas = deltas;
        this.flusher = flusher;
        this.versionEveryRequest = versionWindow.isZero();
    }

    /** Why discovery refused an event: its source and detail type make no schema name, or its detail. */
    public record Refusal(boolean badName, String reason) {}

    /** The events of one schema in a request, with their positions in the request. */
    private record Group(DiscoveryJournal.Entry entry, List<Integer> positions) {}

    /**
     * Events made ready to be learned: grouped by schema, with their envelopes built and their schema names
     * claimed. Preparing is the part of observing that needs neither the journal nor the deltas, so a
     * door can prepare one batch while the previous one is recorded.
     */
    public static final class Prepared {
        private final List<Group> groups;
        private final Map<Integer, Refusal> refused;
        private final BitSet learned;

        private Prepared(List<Group> groups, Map<Integer, Refusal> refused, BitSet learned) {
            this.groups = groups;
            this.refused = refused;
            this.learned = learned;
        }

        /**
         * Whether the event at {@code index} will be folded (so journalled); not when its bus is not discovered
         * or it makes no schema name.
         */
        public boolean learns(int index) {
            return learned.get(index);
        }
    }

    /**
     * Learns from the events; returns, by position in {@code events}, why each event the engine refused
     * was refused (a detail it cannot read, a source and detail type that make no schema name). When
     * this returns, what was learned is committed to the journal; once the journal append succeeded,
     * this does not throw.
     */
    public Map<Integer, Refusal> observe(List<BusEvent> events) {
        return record(prepare(events));
    }

    /** Groups the events by schema, claiming names and building envelopes; the first step of {@link #observe}. */
    public Prepared prepare(List<BusEvent> events) {
        Map<String, Boolean> discovering = new HashMap<>();
        Map<String, Group> bySchema = new LinkedHashMap<>();
        Map<Integer, Refusal> refused = new HashMap<>();
        BitSet learned = new BitSet(events.size());
        for (int i = 0; i < events.size(); i++) {
            BusEvent event = events.get(i);
            if (!discovering.computeIfAbsent(event.busName(), discoverers::isDiscovering)) {
                continue;
            }
            String schemaName;
            try {
                schemaName = names.nameFor(event.source(), event.detailType());
            } catch (IllegalArgumentException e) {
                refused.put(
                        i,
                        new Refusal(
                                true,
                                "The source and detail-type make no schema name: " + e.getMessage()
                                        + ". A name keeps ASCII letters, digits, '.', '-' and '_'."));
                continue;
            }
            Group group = bySchema.computeIfAbsent(
                    schemaName,
                    name -> new Group(
                            new DiscoveryJournal.Entry(name, event.source(), event.detailType(), new ArrayList<>()),
                            new ArrayList<>()));
            group.entry()
                    .events()
                    .add(new ObservedEvent(event.envelope(), event.time().toEpochMilli()));
            group.positions().add(i);
            learned.set(i);
            buses.offer(schemaName, event.busName());
        }
        return new Prepared(List.copyOf(bySchema.values()), refused, learned);
    }

    /**
     * Journals and folds prepared events; the second step of {@link #observe}, with the same answer and
     * the same promise.
     */
    public Map<Integer, Refusal> record(Prepared prepared) {
        Map<Integer, Refusal> refused = new HashMap<>(prepared.refused);
        List<Group> groups = prepared.groups;
        if (groups.isEmpty()) {
            return refused;
        }
        if (versionEveryRequest) {
            // Another request folding between this one's fold and its flush would share its version.
            return flusher.recordAndFlushAlone(() -> record(groups, refused));
        }
        record(groups, refused);
        if (!groups.stream().allMatch(group -> flusher.hasStored(group.entry().schemaName()))) {
            // A schema new to this instance gets its first version before the answer.
            flusher.flush();
        }
        return refused;
    }

    /** Appends the groups to the journal and folds them into the deltas; adds the engine's refusals. */
    private Map<Integer, Refusal> record(List<Group> groups, Map<Integer, Refusal> refused) {
        deltas.recording(() -> {
            long[] seqs = journal.append(groups.stream().map(Group::entry).toList());
            for (int g = 0; g < groups.size(); g++) {
                DiscoveryJournal.Entry entry = groups.get(g).entry();
                List<Integer> positions = groups.get(g).positions();
                try {
                    Map<Integer, String> engineRefused = deltas.fold(
                            entry.schemaName(), entry.source(), entry.detailType(), entry.events(), seqs[g]);
                    engineRefused.forEach(
                            (index, reason) -> refused.put(positions.get(index), new Refusal(false, reason)));
                    samples.offer(
                            entry.schemaName(),
                            engineRefused.isEmpty() ? entry.events() : accepted(entry.events(), engineRefused));
                } catch (RuntimeException e) {
                    // Journalled, so acknowledged: the flush finds the row its delta lacks and rebuilds
                    // the delta from the journal.
                    LOG.error("Events journalled for {} were not folded in memory", entry.schemaName(), e);
                }
            }
            return null;
        });
        return refused;
    }

    private static List<ObservedEvent> accepted(List<ObservedEvent> events, Map<Integer, String> refused) {
        List<ObservedEvent> accepted = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (!refused.containsKey(i)) {
                accepted.add(events.get(i));
            }
        }
        return accepted;
    }
}
