package dev.bindery.registry.ingest;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Ingests batches through {@link IngestionService} on a worker, one batch at a time and in the order
 * handed over, while the caller reads and parses the next: the doors that bring a stream of events
 * (NDJSON archives, and any door with more than one batch to ingest) overlap reading with journaling and
 * folding. At most {@code depth} batches wait or run, so memory stays bounded whatever the stream's
 * length; {@link #submit} blocks while they do. Once a batch fails, later batches are not ingested.
 * Use from one thread.
 */
public final class IngestionPipeline {

    /** What becomes of a batch, called on the worker, in order. */
    public interface Outcome {

        /** The batch's results, one per entry, in order. */
        void ingested(List<EntryResult> results);

        /** Ingesting the batch failed (storage): nothing of it was acknowledged. */
        void failed(RuntimeException failure);
    }

    private final IngestionService ingestion;
    private final Executor executor;
    private final Semaphore slots;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
    /** Set on the worker when a batch failed; read by the caller. */
    private volatile boolean failed;

    IngestionPipeline(IngestionService ingestion, Executor executor, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth < 1: " + depth);
        }
        this.ingestion = ingestion;
        this.executor = executor;
        this.slots = new Semaphore(depth);
    }

    /** Hands a batch to the worker; waits while {@code depth} batches are waiting or running. */
    public void submit(List<Received> batch, Outcome outcome) throws InterruptedException {
        slots.acquire();
        List<Received> entries = List.copyOf(batch);
        tail = tail.handleAsync((previous, unexpected) -> {
            try {
                if (!failed) {
                    run(entries, outcome);
                }
            } finally {
                slots.release();
            }
            return null;
        }, executor);
    }

    private void run(List<Received> entries, Outcome outcome) {
        List<EntryResult> results;
        try {
            results = ingestion.ingest(entries);
        } catch (RuntimeException e) {
            failed = true;
            outcome.failed(e);
            return;
        }
        outcome.ingested(results);
    }

    /** Whether a batch failed, so that later ones are dropped: the caller may stop reading. */
    public boolean failed() {
        return failed;
    }

    /**
     * Waits until every batch handed over is done; what the outcomes recorded is then visible to the
     * caller.
     */
    public void finish() {
        tail.join();
    }
}
