package dev.bindery.registry.ingest;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * Ingests batches through {@link IngestionService} in two steps: the caller's thread checks a batch
 * and prepares it for discovery, and a worker journals and folds it, one batch at a time and in the order
 * handed over, while the caller reads, parses and checks the next. The doors that bring a stream of
 * events (NDJSON archives, and any door with more than one batch to ingest) so overlap reading with
 * journaling and folding. At most {@code depth} batches wait or run, so memory stays bounded whatever the stream's
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

    /**
     * Checks a batch on the caller's thread ({@link IngestionService#prepare}) and hands it to the worker,
     * which journals and folds it; waits while {@code depth} batches are waiting or running.
     */
    public void submit(List<Received> batch, Outcome outcome) throws InterruptedException {
        IngestionService.Prepared prepared;
        RuntimeException unprepared = null;
        try {
            prepared = failed ? null : ingestion.prepare(batch);
        } catch (RuntimeException e) {
            prepared = null;
            unprepared = e; // reported in order, after the batches before it
        }
        slots.acquire();
        IngestionService.Prepared ready = prepared;
        RuntimeException failure = unprepared;
        tail = tail.handleAsync(
                (previous, unexpected) -> {
                    try {
                        if (!failed) {
                            run(ready, failure, outcome);
                        }
                    } finally {
                        slots.release();
                    }
                    return null;
                },
                executor);
    }

    private void run(IngestionService.Prepared prepared, RuntimeException unprepared, Outcome outcome) {
        List<EntryResult> results;
        try {
            if (unprepared != null) {
                throw unprepared;
            }
            results = ingestion.complete(prepared);
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
