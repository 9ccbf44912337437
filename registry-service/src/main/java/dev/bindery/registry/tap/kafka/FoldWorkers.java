package dev.bindery.registry.tap.kafka;

import dev.bindery.registry.discovery.LogDiscovery;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Folds polled records on worker threads while the tap's loop goes on polling (ADR 0021, "Folding on
 * workers"). Each worker folds into a part of its own: a batch, per-partition counts and refusals.
 * {@link #collect} waits for every record handed over and gathers the parts into one, which the loop
 * stores with the offsets it reached. The order records fold in does not matter: a fold is commutative,
 * and a batch is stored whole or not at all.
 */
final class FoldWorkers implements AutoCloseable {

    /** How one record is folded ({@link RecordFold}); shared by the workers, so it holds no state of its own. */
    interface Folder {
        LogDiscovery.Batch newBatch();

        /** Folds the record into {@code batch}; returns why it is refused, or {@code null}. */
        @Nullable
        String refusal(ConsumerRecord<byte[], byte[]> record, LogDiscovery.Batch batch);
    }

    /** What the records handed over since the last collect taught, and what each partition refused. */
    static final class Folded {
        final LogDiscovery.Batch learned;
        /** Per partition: records consumed, of which refused. */
        final Map<TopicPartition, long[]> counts = new HashMap<>();
        /** The first {@link TapStatus#KEPT} refusals. */
        final List<KafkaTap.Refusal> refusals = new ArrayList<>();

        Folded(LogDiscovery.Batch learned) {
            this.learned = learned;
        }

        long[] counts(TopicPartition partition) {
            return counts.computeIfAbsent(partition, k -> new long[2]);
        }

        void absorb(Folded other) {
            learned.absorb(other.learned);
            other.counts.forEach((partition, theirs) -> {
                long[] mine = counts(partition);
                mine[0] += theirs[0];
                mine[1] += theirs[1];
            });
            for (KafkaTap.Refusal refusal : other.refusals) {
                if (refusals.size() < TapStatus.KEPT) {
                    refusals.add(refusal);
                }
            }
        }
    }

    private record Task(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> records) {}

    private static final Task STOP = new Task(new TopicPartition("", -1), List.of());

    private final Folder fold;
    private final BlockingQueue<Task> queue;
    private final Thread[] threads;
    /**
     * Worker i's part. A worker writes it while folding a task; {@link #collect} replaces it only while
     * no task is pending, and the queue orders that before the worker's next task.
     */
    private final Folded[] parts;

    private int pending; // guarded by this

    @Nullable
    private RuntimeException failure; // guarded by this

    /**
     * @param workers how many threads fold
     * @param queued  how many polled partitions' records may wait for a worker before {@link #submit} waits
     */
    FoldWorkers(Folder fold, int workers, int queued) {
        this.fold = fold;
        this.queue = new ArrayBlockingQueue<>(queued);
        this.threads = new Thread[workers];
        this.parts = new Folded[workers];
        renewParts();
        for (int i = 0; i < workers; i++) {
            int index = i;
            threads[i] = new Thread(() -> work(index), "bindery-kafka-fold-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
    }

    /**
     * Hands one partition's polled records to the workers; waits while the queue is full.
     *
     * @throws IllegalStateException when an earlier fold failed: the batch is to be dropped ({@link #discard})
     */
    void submit(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> records) {
        synchronized (this) {
            if (failure != null) {
                throw new IllegalStateException("a fold failed: " + failure, failure);
            }
            pending++;
        }
        try {
            queue.put(new Task(partition, records));
        } catch (InterruptedException e) {
            synchronized (this) {
                pending--;
            }
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing records to the fold workers", e);
        }
    }

    /**
     * Waits for every record handed over, and returns what they taught; the workers go on with new parts.
     *
     * @throws IllegalStateException when a fold failed: what they taught is dropped
     */
    Folded collect() {
        RuntimeException failed = awaitIdle();
        Folded[] taken = parts.clone();
        renewParts();
        if (failed != null) {
            throw new IllegalStateException("a fold failed: " + failed, failed);
        }
        for (int i = 1; i < taken.length; i++) {
            taken[0].absorb(taken[i]);
        }
        return taken[0];
    }

    /** Waits for every record handed over, and drops what they taught. */
    void discard() {
        awaitIdle();
        renewParts();
    }

    /** Gives every worker a new part; only while no task is pending. */
    private void renewParts() {
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new Folded(fold.newBatch());
        }
    }

    /** Waits until no task is pending; returns (and clears) a fold's failure. */
    private synchronized @Nullable RuntimeException awaitIdle() {
        boolean interrupted = false;
        while (pending > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // the tasks end soon: every fold does
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        RuntimeException failed = failure;
        failure = null;
        return failed;
    }

    private void work(int index) {
        while (true) {
            Task task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                return;
            }
            RuntimeException failed = null;
            try {
                foldAll(parts[index], task);
            } catch (RuntimeException e) {
                failed = e;
            } catch (Error e) { // a worker that died would leave its task pending and the loop waiting for good
                failed = new IllegalStateException(e);
            }
            synchronized (this) {
                if (failed != null && failure == null) {
                    failure = failed;
                }
                if (--pending == 0) {
                    notifyAll();
                }
            }
        }
    }

    private void foldAll(Folded part, Task task) {
        long[] counts = part.counts(task.partition());
        for (ConsumerRecord<byte[], byte[]> record : task.records()) {
            String reason = fold.refusal(record, part.learned);
            counts[0]++;
            if (reason != null) {
                counts[1]++;
                if (part.refusals.size() < TapStatus.KEPT) {
                    part.refusals.add(
                            new KafkaTap.Refusal(record.topic(), record.partition(), record.offset(), reason));
                }
            }
        }
    }

    /** Lets the workers finish what they hold, and stops them. */
    @Override
    public void close() {
        for (int i = 0; i < threads.length; i++) {
            try {
                queue.put(STOP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                for (Thread thread : threads) {
                    thread.interrupt();
                }
                return;
            }
        }
    }
}
