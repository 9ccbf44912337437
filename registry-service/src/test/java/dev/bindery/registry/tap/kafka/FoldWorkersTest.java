package dev.bindery.registry.tap.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.discovery.LogDiscovery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class FoldWorkersTest {

    private static final String TOPIC = "t";

    /** Remembers how often each record was folded; refuses what {@code refused} says, fails on what {@code fails} says. */
    private static final class CountingFolder implements FoldWorkers.Folder {
        final Map<String, AtomicInteger> folded = new ConcurrentHashMap<>();
        final Predicate<ConsumerRecord<byte[], byte[]>> refused;
        final Predicate<ConsumerRecord<byte[], byte[]>> fails;
        volatile long slowNanos;

        CountingFolder(
                Predicate<ConsumerRecord<byte[], byte[]>> refused, Predicate<ConsumerRecord<byte[], byte[]>> fails) {
            this.refused = refused;
            this.fails = fails;
        }

        @Override
        public LogDiscovery.Batch newBatch() {
            return new LogDiscovery.Batch();
        }

        @Override
        public String refusal(ConsumerRecord<byte[], byte[]> record, LogDiscovery.Batch batch) {
            if (slowNanos > 0) {
                long until = System.nanoTime() + slowNanos;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            if (fails.test(record)) {
                throw new IllegalStateException("the database is away");
            }
            folded.computeIfAbsent(record.partition() + "@" + record.offset(), k -> new AtomicInteger())
                    .incrementAndGet();
            return refused.test(record) ? "refused at " + record.offset() : null;
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> records(int partition, long from, int count) {
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        for (long offset = from; offset < from + count; offset++) {
            out.add(new ConsumerRecord<>(TOPIC, partition, offset, null, new byte[] {'{', '}'}));
        }
        return out;
    }

    @Test
    void collectGathersEveryRecordHandedOverOnceWithExactCounts() {
        CountingFolder folder = new CountingFolder(r -> r.offset() % 7 == 0, r -> false);
        try (FoldWorkers workers = new FoldWorkers(folder, 3, 4)) {
            long[] sent = new long[6];
            for (int poll = 0; poll < 100; poll++) {
                int partition = poll % 6;
                workers.submit(new TopicPartition(TOPIC, partition), records(partition, sent[partition], 500));
                sent[partition] += 500;
            }
            FoldWorkers.Folded folded = workers.collect();

            assertThat(folder.folded).hasSize(50_000);
            assertThat(folder.folded.values())
                    .allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
            for (int partition = 0; partition < 6; partition++) {
                long[] counts = folded.counts(new TopicPartition(TOPIC, partition));
                long refused = (sent[partition] + 6) / 7; // offsets 0, 7, 14, ... below sent
                assertThat(counts).containsExactly(sent[partition], refused);
            }
            assertThat(folded.refusals).hasSize(TapStatus.KEPT);
            assertThat(folded.refusals)
                    .allSatisfy(r -> assertThat(r.offset() % 7).isZero());

            // The next collect starts empty: nothing is counted twice.
            workers.submit(new TopicPartition(TOPIC, 0), records(0, sent[0], 10));
            FoldWorkers.Folded next = workers.collect();
            assertThat(next.counts(new TopicPartition(TOPIC, 0))).containsExactly(10L, 1L); // 8,505 of 8,500-8,509
            assertThat(next.counts(new TopicPartition(TOPIC, 1))).containsExactly(0L, 0L);
        }
    }

    @Test
    void collectWaitsForFoldsStillRunning() {
        CountingFolder folder = new CountingFolder(r -> false, r -> false);
        folder.slowNanos = 200_000; // 0.2 ms a record: the workers are busy when collect is called
        try (FoldWorkers workers = new FoldWorkers(folder, 2, 4)) {
            for (int partition = 0; partition < 4; partition++) {
                workers.submit(new TopicPartition(TOPIC, partition), records(partition, 0, 200));
            }
            FoldWorkers.Folded folded = workers.collect();
            for (int partition = 0; partition < 4; partition++) {
                assertThat(folded.counts(new TopicPartition(TOPIC, partition))).containsExactly(200L, 0L);
            }
        }
    }

    @Test
    void aFailedFoldFailsTheBatchAndDiscardingStartsAfresh() {
        CountingFolder folder = new CountingFolder(r -> false, r -> r.partition() == 1 && r.offset() == 3);
        try (FoldWorkers workers = new FoldWorkers(folder, 2, 4)) {
            workers.submit(new TopicPartition(TOPIC, 0), records(0, 0, 100));
            workers.submit(new TopicPartition(TOPIC, 1), records(1, 0, 100));
            assertThatThrownBy(workers::collect)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the database is away");

            // What the failed batch taught is gone; the workers go on.
            workers.submit(new TopicPartition(TOPIC, 0), records(0, 0, 100));
            FoldWorkers.Folded again = workers.collect();
            assertThat(again.counts(new TopicPartition(TOPIC, 0))).containsExactly(100L, 0L);
            assertThat(again.counts(new TopicPartition(TOPIC, 1))).containsExactly(0L, 0L);
        }
    }

    @Test
    void aSubmitAfterAFailedFoldIsRefusedUntilTheBatchIsDiscarded() {
        CountingFolder folder = new CountingFolder(r -> false, r -> r.offset() == 0);
        try (FoldWorkers workers = new FoldWorkers(folder, 1, 4)) {
            workers.submit(new TopicPartition(TOPIC, 0), records(0, 0, 5));
            workers.discard(); // waits for the failed fold, and drops it with its failure
            assertThat(workers.collect().counts(new TopicPartition(TOPIC, 0))).containsExactly(0L, 0L);

            workers.submit(new TopicPartition(TOPIC, 0), records(0, 0, 5));
            long deadline = System.nanoTime() + 10_000_000_000L;
            Throwable refused = null;
            while (refused == null && System.nanoTime() < deadline) { // the failure is seen once the fold ran
                try {
                    workers.submit(new TopicPartition(TOPIC, 2), records(2, 1, 1));
                } catch (IllegalStateException e) {
                    refused = e;
                }
            }
            assertThat(refused).hasMessageContaining("a fold failed").hasMessageContaining("the database is away");
            workers.discard();
            workers.submit(new TopicPartition(TOPIC, 2), records(2, 1, 1));
            assertThat(workers.collect().counts(new TopicPartition(TOPIC, 2))).containsExactly(1L, 0L);
        }
    }
}
