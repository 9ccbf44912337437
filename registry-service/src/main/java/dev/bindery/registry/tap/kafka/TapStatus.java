package dev.bindery.registry.tap.kafka;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * What the tap of this instance did: per partition the records it stored (consumed, of which refused)
 * since it started, the end offset last seen, and the first {@value #KEPT} refusals. Counts are added
 * only when their batch is stored, so a batch read again after a failed store is not counted twice.
 * Written by the tap's thread, read by status requests.
 */
final class TapStatus {

    static final int KEPT = 100;

    /** Counts of one partition. */
    private static final class Counts {
        long consumed;
        long refused;

        @Nullable
        Long endOffset;

        @Nullable
        Long storedOffset;

        boolean assigned;
    }

    /** One partition as reported. */
    record Partition(
            String topic,
            int partition,
            boolean assigned,
            @Nullable Long storedOffset,
            @Nullable Long endOffset,
            long consumed,
            long refused) {}

    private final Map<TopicPartition, Counts> partitions = new TreeMap<>(KafkaOffsets::compare);
    private final List<KafkaTap.Refusal> refusals = new ArrayList<>();
    private long refusedTotal;

    synchronized void stored(TopicPartition partition, long consumed, long refused, long nextOffset) {
        Counts counts = counts(partition);
        counts.consumed += consumed;
        counts.refused += refused;
        counts.storedOffset = nextOffset;
        if (counts.endOffset == null || counts.endOffset < nextOffset) {
            counts.endOffset = nextOffset; // the log reaches at least what was read, before the next look at its end
        }
        refusedTotal += refused;
    }

    synchronized void refusals(List<KafkaTap.Refusal> more) {
        for (KafkaTap.Refusal refusal : more) {
            if (refusals.size() >= KEPT) {
                return;
            }
            refusals.add(refusal);
        }
    }

    synchronized void assigned(TopicPartition partition, @Nullable Long storedOffset) {
        Counts counts = counts(partition);
        counts.assigned = true;
        counts.storedOffset = storedOffset;
    }

    synchronized void revoked(TopicPartition partition) {
        counts(partition).assigned = false;
    }

    synchronized void endOffset(TopicPartition partition, long endOffset) {
        counts(partition).endOffset = endOffset;
    }

    synchronized List<Partition> partitions() {
        List<Partition> out = new ArrayList<>();
        partitions.forEach((tp, c) -> out.add(new Partition(
                tp.topic(), tp.partition(), c.assigned, c.storedOffset, c.endOffset, c.consumed, c.refused)));
        return out;
    }

    synchronized List<KafkaTap.Refusal> keptRefusals() {
        return List.copyOf(refusals);
    }

    synchronized long refusedTotal() {
        return refusedTotal;
    }

    private Counts counts(TopicPartition partition) {
        return partitions.computeIfAbsent(partition, k -> new Counts());
    }
}
