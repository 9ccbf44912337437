package dev.bindery.registry.discovery;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, folds the journal rows this instance wrote and did not flush before it stopped
 * (a crash, {@code kill -9}) into its deltas, a page at a time, and flushes them: acknowledged
 * events are learned exactly once. First, when this registry keeps a file journal, rows an earlier
 * version left in the journal table are merged ({@link ShapeFlusher#drainTable}).
 */
@Singleton
class JournalReplay {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);
    private static final int PAGE = 200;

    private final DiscoveryJournal journal;
    private final ShapeDeltas deltas;
    private final ShapeFlusher flusher;
    private final SchemaNameClaims names;

    JournalReplay(DiscoveryJournal journal, ShapeDeltas deltas, ShapeFlusher flusher, SchemaNameClaims names) {
        this.journal = journal;
        this.deltas = deltas;
        this.flusher = flusher;
        this.names = names;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        flusher.drainTable();
        long replayed = replay();
        if (replayed > 0) {
            LOG.info("Replayed {} unflushed discovery journal rows of instance {}", replayed, journal.instanceId());
        }
    }

    /** Replays this instance's rows present now; returns how many. */
    long replay() {
        long upTo = journal.maxSeq();
        long after = 0;
        long count = 0;
        while (true) {
            long from = after;
            List<DiscoveryJournal.Row> rows = journal.ownRows(from, upTo, PAGE);
            if (rows.isEmpty()) {
                break;
            }
            // Each row teaches its kind's schema: rows filed under a name another detail-type owns
            // (written before names were claimed per kind, ADR 0014) are learned for their own name.
            List<String> learnedAs = rows.stream()
                    .map(row ->
                            names.learnableName(row.source(), row.detailType()).orElse(null))
                    .toList();
            deltas.recording(() -> {
                for (int i = 0; i < rows.size(); i++) {
                    DiscoveryJournal.Row row = rows.get(i);
                    deltas.fold(
                            row.schemaName(),
                            learnedAs.get(i),
                            row.source(),
                            row.detailType(),
                            row.events(),
                            row.seq());
                }
                return null;
            });
            after = rows.get(rows.size() - 1).seq();
            count += rows.size();
            if (count % (PAGE * 25L) == 0) {
                flusher.flush(); // bounded memory however long the journal is
            }
        }
        flusher.flush();
        return count;
    }
}
