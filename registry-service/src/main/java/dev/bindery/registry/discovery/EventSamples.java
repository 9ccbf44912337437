package dev.bindery.registry.discovery;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newest events of each discovered schema, at most {@code bindery.discovery.samples} (20) per schema; 0 keeps
 * none. A request only adds its events' envelopes to a bounded in-memory buffer per schema (no I/O); each discovery
 * flush writes the buffers to {@code discovered_sample} and trims each schema to its newest rows, so every instance
 * sharing the database, and a restarted one, reads the same samples. The samples are a sample: events buffered by
 * an instance that stops before its next flush, or whose write fails, are not kept (their schema still learns
 * them, from the journal). They hold event data, as received.
 */
@Singleton
public class EventSamples {

    private static final Logger LOG = LoggerFactory.getLogger(EventSamples.class);

    /** One sampled event: its EventBridge envelope (JSON) and when discovery received it. */
    public record Sample(String envelope, Instant observedAt) {}

    /** Envelopes buffered since the last flush, by schema; each buffer holds the newest {@link #count} at most. */
    private final Map<String, ArrayDeque<Pending>> buffered = new ConcurrentHashMap<>();

    private final SampleTable table;
    private final int count;
    /** Whether the stored samples were brought within {@link #count} since this instance started. */
    private final AtomicBoolean trimmedAtStart = new AtomicBoolean();

    EventSamples(SampleTable table, @Value("${bindery.discovery.samples:20}") int count) {
        if (count < 0) {
            throw new IllegalArgumentException("bindery.discovery.samples must be 0 or more, not " + count);
        }
        this.table = table;
        this.count = count;
    }

    private record Pending(byte[] envelope, Instant observedAt) {}

    /** How many events are kept per schema (0: sampling is off). */
    public int count() {
        return count;
    }

    /** Buffers the newest of {@code events} (accepted for {@code schemaName}); cheap, no I/O. */
    void offer(String schemaName, List<ObservedEvent> events) {
        if (count == 0 || events.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<ObservedEvent> newest = events.subList(Math.max(0, events.size() - count), events.size());
        buffered.compute(schemaName, (name, buffer) -> { // atomic with the removal in flush
            ArrayDeque<Pending> kept = buffer != null ? buffer : new ArrayDeque<>(Math.min(count, 8));
            for (ObservedEvent event : newest) {
                if (kept.size() == count) {
                    kept.removeFirst();
                }
                kept.addLast(new Pending(event.envelope(), now));
            }
            return kept;
        });
    }

    /**
     * Writes the buffered samples and trims each schema's stored ones to the newest; never throws (samples are a
     * sample: a failed write loses this flush's). The first flush also brings every schema's stored samples within
     * the count, and deletes them all when sampling is off.
     */
    void flush() {
        try {
            if (trimmedAtStart.compareAndSet(false, true)) {
                table.trimAll(count);
            }
            if (buffered.isEmpty()) {
                return;
            }
            Map<String, List<SampleTable.Row>> taken = new TreeMap<>();
            for (String schemaName : List.copyOf(buffered.keySet())) {
                ArrayDeque<Pending> buffer = buffered.remove(schemaName);
                if (buffer != null) {
                    List<SampleTable.Row> rows = new ArrayList<>(buffer.size());
                    buffer.forEach(p -> rows.add(
                            new SampleTable.Row(new String(p.envelope(), StandardCharsets.UTF_8), p.observedAt())));
                    taken.put(schemaName, rows);
                }
            }
            table.append(taken, count);
        } catch (RuntimeException e) {
            LOG.warn("Sampled events of discovered schemas were not stored: {}", e.toString());
        }
    }

    /** The schema's stored samples, newest first; none when sampling is off. */
    public List<Sample> recent(String schemaName) {
        return recent(List.of(schemaName)).getOrDefault(schemaName, List.of());
    }

    /** The stored samples of each of the schemas that has some, newest first; none when sampling is off. */
    public Map<String, List<Sample>> recent(Collection<String> schemaNames) {
        return count == 0 || schemaNames.isEmpty() ? Map.of() : table.newest(schemaNames, count);
    }
}
