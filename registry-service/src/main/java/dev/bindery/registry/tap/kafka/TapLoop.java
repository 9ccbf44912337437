package dev.bindery.registry.tap.kafka;

import dev.bindery.registry.discovery.LogDiscovery;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tap's consumer loop, on a thread of its own (the consumer is not thread-safe, and the loop owns
 * every seek). Polled records are folded into a batch in memory by the {@link FoldWorkers} while the
 * loop polls on; every commit interval (or commit-records records) the batch is collected and stored:
 * the shapes it taught and the offsets it reached, in one transaction,
 * fenced on the offsets it started from ({@link KafkaOffsets#advance}). A batch that is not stored is
 * dropped and every assigned partition is sought back to its stored offset, so each record counts
 * exactly once. The offsets stored are the consumer's positions, past transaction markers.
 * Partitions are sought to their stored offsets when assigned (a partition without one to the group's
 * start, which the next batch stores); the pending batch is stored before partitions are revoked.
 * Kafka's own committed offsets are written afterwards only as a hint for monitoring tools.
 */
final class TapLoop implements Runnable, ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(TapLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final long END_OFFSETS_EVERY_NANOS = Duration.ofMillis(500).toNanos();

    private final Consumer<byte[], byte[]> consumer;
    private final String groupId;
    private final String topics;
    private final boolean fromEarliest;
    private final FoldWorkers workers;
    private final LogDiscovery discovery;
    private final KafkaOffsets offsets;
    private final TapStatus status;
    private final long commitIntervalNanos;
    private final int commitRecords;
    private volatile boolean running = true;

    /** Stored offsets of the assigned partitions ({@code null}: none stored yet). */
    private final Map<TopicPartition, Long> stored = new HashMap<>();
    /** Where assigned partitions without a stored offset started (earliest or latest, resolved). */
    private final Map<TopicPartition, Long> startedAt = new HashMap<>();

    private final Batch batch = new Batch();
    private boolean reseek;
    private long endOffsetsAt = System.nanoTime();

    TapLoop(
            Consumer<byte[], byte[]> consumer,
            String groupId,
            String topics,
            boolean fromEarliest,
            FoldWorkers workers,
            LogDiscovery discovery,
            KafkaOffsets offsets,
            TapStatus status,
            Duration commitInterval,
            int commitRecords) {
        this.consumer = consumer;
        this.groupId = groupId;
        this.topics = topics;
        this.fromEarliest = fromEarliest;
        this.workers = workers;
        this.discovery = discovery;
        this.offsets = offsets;
        this.status = status;
        this.commitIntervalNanos = commitInterval.toNanos();
        this.commitRecords = commitRecords;
    }

    /**
     * The pending batch: where each partition's records started and ended. What they taught is with the
     * workers until the batch is stored.
     */
    private static final class Batch {
        final Map<TopicPartition, Long> from = new HashMap<>();
        final Map<TopicPartition, Long> next = new HashMap<>();
        int records;
        long startedNanos;

        void reset() {
            from.clear();
            next.clear();
            records = 0;
        }
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    @Override
    public void run() {
        try {
            if (topics.length() > 2 && topics.startsWith("/") && topics.endsWith("/")) {
                consumer.subscribe(Pattern.compile(topics.substring(1, topics.length() - 1)), this);
            } else {
                consumer.subscribe(List.of(topics.split("\\s*,\\s*")), this);
            }
            while (running) {
                step();
            }
        } catch (WakeupException stopping) {
            // stop() was called
        } finally {
            try {
                store();
            } finally {
                workers.close();
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
            }
        }
    }

    private void step() {
        if (reseek) {
            try {
                seekAll(consumer.assignment());
                reseek = false;
            } catch (RuntimeException e) {
                LOG.warn("The Kafka tap could not read its stored offsets; retrying: {}", e.toString());
                pause();
                return;
            }
        }
        ConsumerRecords<byte[], byte[]> polled;
        try {
            polled = consumer.poll(POLL);
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("The Kafka tap's poll failed; retrying: {}", e.toString());
            pause();
            return;
        }
        try {
            for (TopicPartition partition : polled.partitions()) {
                take(partition, polled.records(partition));
            }
            reachPositions();
        } catch (RuntimeException e) {
            LOG.warn("The Kafka tap dropped a batch of {} records to read it again: {}", batch.records, e.toString());
            drop();
            return;
        }
        // A batch of starts and markers only has no records: its startedNanos is an earlier batch's,
        // so it is stored at the next chance.
        if (!batch.next.isEmpty()
                && (batch.records >= commitRecords || System.nanoTime() - batch.startedNanos >= commitIntervalNanos)) {
            store();
        }
        if (System.nanoTime() - endOffsetsAt >= END_OFFSETS_EVERY_NANOS) {
            endOffsetsAt = System.nanoTime();
            noteEndOffsets();
        }
    }

    /** Hands one partition's polled records to the workers, which fold them into the batch. */
    private void take(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> polled) {
        if (polled.isEmpty()) {
            return;
        }
        if (batch.records == 0) {
            batch.startedNanos = System.nanoTime();
        }
        if (!batch.next.containsKey(partition)) {
            batch.from.put(partition, stored.get(partition));
        }
        workers.submit(partition, polled);
        batch.next.put(partition, polled.get(polled.size() - 1).offset() + 1);
        batch.records += polled.size();
    }

    /** Drops the pending batch, once the workers are done with it, to read it again from the stored offsets. */
    private void drop() {
        workers.discard();
        batch.reset();
        reseek = true;
    }

    /**
     * Moves each assigned partition's next offset in the batch to the consumer's position, which passes
     * what a poll returns no record for (transaction markers; aborted records when reading committed):
     * a partition read to its end stores its end offset, so its lag is 0. Every record before the
     * position was returned by a poll and taken, so the batch still counts each record once.
     */
    private void reachPositions() {
        if (reseek) {
            return; // positions are not ours until the partitions are sought to their stored offsets
        }
        for (TopicPartition partition : consumer.assignment()) {
            Long known = batch.next.containsKey(partition) ? batch.next.get(partition) : stored.get(partition);
            if (known == null) {
                continue;
            }
            long position = consumer.position(partition);
            if (position > known) {
                if (!batch.next.containsKey(partition)) {
                    batch.from.put(partition, stored.get(partition));
                }
                batch.next.put(partition, position);
            }
        }
    }

    /**
     * Stores the pending batch with its offsets; when that fails, drops it and seeks every assigned
     * partition back to its stored offset.
     */
    private void store() {
        if (batch.next.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> from = new HashMap<>(batch.from);
        Map<TopicPartition, Long> next = Map.copyOf(batch.next);
        FoldWorkers.Folded folded;
        try {
            folded = workers.collect();
            discovery.store(folded.learned, () -> offsets.advance(groupId, from, next));
        } catch (RuntimeException e) {
            LOG.warn(
                    "The Kafka tap did not store a batch of {} records; reading them again from the stored offsets: {}",
                    batch.records,
                    e.toString());
            drop();
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> hint = new HashMap<>();
        next.forEach((partition, offset) -> {
            stored.put(partition, offset);
            long[] counts = folded.counts(partition); // none: markers or a start only
            status.stored(partition, counts[0], counts[1], offset);
            hint.put(partition, new OffsetAndMetadata(offset));
        });
        status.refusals(folded.refusals);
        batch.reset();
        try {
            consumer.commitAsync(hint, null);
        } catch (RuntimeException e) {
            LOG.debug("Kafka's committed offsets (a hint only) were not updated: {}", e.toString());
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        store();
        for (TopicPartition partition : partitions) {
            stored.remove(partition);
            startedAt.remove(partition);
            status.revoked(partition);
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        try {
            seekAll(partitions);
        } catch (RuntimeException e) {
            LOG.warn("The Kafka tap could not read its stored offsets on assignment; retrying: {}", e.toString());
            drop(); // nothing is read before the seek succeeds
            consumer.pause(partitions);
        }
    }

    /** Seeks the partitions to their stored offsets, or where a new group starts. */
    private void seekAll(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> found = offsets.stored(groupId, partitions);
        for (TopicPartition partition : partitions) {
            Long offset = found.get(partition);
            if (offset == null) {
                offset = startedAt.get(partition);
            }
            if (offset != null) {
                consumer.seek(partition, offset);
            } else {
                if (fromEarliest) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seekToEnd(List.of(partition));
                }
                offset = consumer.position(partition);
                startedAt.put(partition, offset);
            }
            if (found.get(partition) == null && !batch.next.containsKey(partition)) {
                // The start is stored with the next batch (at once): a restarted member, or the next one
                // assigned the partition, resumes there instead of seeking to a later end past what arrived.
                batch.from.put(partition, null);
                batch.next.put(partition, offset);
            }
            stored.put(partition, found.get(partition));
            status.assigned(partition, found.get(partition));
        }
        consumer.resume(partitions);
    }

    private void noteEndOffsets() {
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                status.endOffset(partition, consumer.position(partition) + lag.getAsLong());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
