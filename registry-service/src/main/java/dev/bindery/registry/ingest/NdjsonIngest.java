package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.MalformedBodyException;
import dev.bindery.registry.store.StorageStatus;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NDJSON door: replays a stream of EventBridge envelopes (one JSON object per line) through
 * {@link IngestionService} in batches. The request's thread reads the body in large blocks, splits lines
 * without copying them and reads each envelope in one pass ({@link EnvelopeReader}); an
 * {@link IngestionPipeline} journals and folds one batch while the next is read. A few batches are held at
 * a time: memory stays constant whatever the stream's length. The summary counts every line and lists the
 * first failures with their line numbers (ADR 0022).
 */
@Singleton
public final class NdjsonIngest {

    private static final Logger LOG = LoggerFactory.getLogger(NdjsonIngest.class);
    /** Lines handed to ingestion at once: enough that a batch's journal write and bookkeeping are shared. */
    private static final int BATCH_LINES = 500;
    /** Bytes of lines handed to ingestion at once, which bounds a batch's memory when events are large. */
    private static final int BATCH_BYTES = 1 << 20;
    /** Batches waiting or being ingested while the next is read: one folding, one ready. */
    private static final int PIPELINE_DEPTH = 2;

    private static final int MAX_LISTED_FAILURES = 100;
    /** Room for the envelope's own members around an entry of the maximum size. */
    private static final int ENVELOPE_OVERHEAD = 16 * 1024;

    private final IngestionService ingestion;
    private final IngestLimits limits;
    private final StorageStatus storage;

    public NdjsonIngest(IngestionService ingestion, IngestLimits limits, StorageStatus storage) {
        this.ingestion = ingestion;
        this.limits = limits;
        this.storage = storage;
    }

    /** A failed line. */
    public record LineFailure(long line, String errorCode, String errorMessage) {}

    /**
     * What became of a stream. {@code stoppedEarly} says why reading stopped before the end (the
     * body exceeded the server's request size limit, could not be read as sent, or storing a batch
     * failed); the counts cover the lines read until then, and every line counted as accepted is
     * stored. {@code stop} tells the reasons apart.
     */
    public record Summary(
            long lineCount,
            long accepted,
            long failed,
            List<LineFailure> failures,
            boolean failuresTruncated,
            @Nullable String stoppedEarly,
            @Nullable Stop stop) {}

    /** Why reading stopped before the end of the body. */
    public enum Stop {
        /** The body exceeded the server's request size limit. */
        TOO_LARGE,
        /** The body's framing or encoding is malformed, so the rest of it cannot be read. */
        BODY_MALFORMED,
        /** Storing a batch failed. */
        STORAGE_FAILED
    }

    public Summary ingest(InputStream body, String busName) throws IOException {
        NdjsonLines lines = new NdjsonLines(body, limits.maxEntrySize() + ENVELOPE_OVERHEAD);
        IngestionPipeline pipeline = ingestion.pipeline(PIPELINE_DEPTH);
        Tally tally = new Tally();
        Batch batch = new Batch();
        String stoppedEarly = null;
        Stop stop = null;
        long read = 0;
        try {
            try {
                while (!pipeline.failed() && lines.next()) {
                    read = lines.number();
                    batch.add(read, received(lines, busName), lines.length());
                    if (batch.isFull()) {
                        batch = batch.submit(pipeline, tally);
                    }
                }
            } catch (IOException | RuntimeException e) {
                MalformedBodyException malformed = MalformedBodyException.find(e);
                if (malformed != null && read == 0) {
                    throw malformed; // nothing read: the operation did not run, a plain 400
                } else if (malformed != null) {
                    stop = Stop.BODY_MALFORMED;
                    stoppedEarly = malformed.getMessage() + " Reading stopped after line " + read
                            + "; the lines counted as accepted are stored: send the others again.";
                } else if (!bodyTooLarge(e)) {
                    throw e;
                } else {
                    stop = Stop.TOO_LARGE;
                    stoppedEarly = "The request body exceeded the server's request size limit after line " + read
                            + "; later lines were not read. Send the rest in another request.";
                }
            }
            batch.submit(pipeline, tally);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing NDJSON lines to ingestion");
        } finally {
            pipeline.finish(); // nothing of this request runs once it is answered
        }
        if (tally.storageFailed) {
            stop = Stop.STORAGE_FAILED;
            stoppedEarly = "Storing the events failed after line " + tally.lines + "; that line's batch and later "
                    + "lines were not stored. The lines counted as accepted are stored: send the others again.";
        }
        tally.failures.sort(java.util.Comparator.comparingLong(LineFailure::line));
        return new Summary(
                tally.lines,
                tally.accepted,
                tally.failed,
                List.copyOf(tally.failures),
                tally.failed > tally.failures.size(),
                stoppedEarly,
                stop);
    }

    /** What the door makes of the current line: an envelope, or the line's own refusal. */
    private static Received received(NdjsonLines lines, String busName) {
        if (lines.problem() != null) {
            return Received.refused("InvalidArgument", lines.problem());
        }
        try {
            EnvelopeReader.Envelope envelope =
                    EnvelopeReader.read(lines.bytes(), lines.offset(), lines.length(), busName);
            return envelope != null
                    ? envelope.received()
                    : Received.of(new IncomingEvent(null, null, null, null, busName, List.of()));
        } catch (JsonProcessingException e) {
            return Received.refused("MalformedDetail", "Line is not valid JSON: " + JsonProblems.reason(e) + ".");
        }
    }

    /** The stream was cut off at the server's size limit (the cause may be wrapped on the way). */
    private static boolean bodyTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Lines read and not yet handed to ingestion, with their numbers; filled by the request's thread. */
    private final class Batch {
        final List<Received> entries = new ArrayList<>(BATCH_LINES);
        final List<Long> numbers = new ArrayList<>(BATCH_LINES);
        long bytes;

        void add(long number, Received entry, int length) {
            entries.add(entry);
            numbers.add(number);
            bytes += length;
        }

        boolean isFull() {
            return entries.size() >= BATCH_LINES || bytes >= BATCH_BYTES;
        }

        /** Hands the lines to the pipeline, whose worker counts them; returns the next, empty batch. */
        Batch submit(IngestionPipeline pipeline, Tally tally) throws InterruptedException {
            if (entries.isEmpty()) {
                return this;
            }
            pipeline.submit(entries, new IngestionPipeline.Outcome() {
                @Override
                public void ingested(List<EntryResult> results) {
                    for (int i = 0; i < results.size(); i++) {
                        EntryResult result = results.get(i);
                        if (result.isFailure()) {
                            tally.fail(numbers.get(i), result.errorCode(), result.errorMessage());
                        } else {
                            tally.accepted++;
                        }
                    }
                    tally.lines = numbers.get(numbers.size() - 1);
                }

                @Override
                public void failed(RuntimeException failure) {
                    storage.failed(failure);
                    LOG.error(
                            "NDJSON batch of lines {} to {} was not stored",
                            numbers.get(0),
                            numbers.get(numbers.size() - 1),
                            failure);
                    for (int i = 0; i < entries.size(); i++) {
                        EntryResult refusal = entries.get(i).refusal();
                        tally.fail(
                                numbers.get(i),
                                refusal != null ? refusal.errorCode() : "InternalFailure",
                                refusal != null ? refusal.errorMessage() : "The event was not stored; send it again.");
                    }
                    tally.lines = numbers.get(numbers.size() - 1);
                    tally.storageFailed = true;
                }
            });
            return new Batch();
        }
    }

    /** Counts of one stream; written by the pipeline's worker, one batch at a time, read once it finished. */
    private static final class Tally {
        long lines;
        boolean storageFailed;
        long accepted;
        long failed;
        final List<LineFailure> failures = new ArrayList<>();

        void fail(long line, String code, String message) {
            failed++;
            if (failures.size() < MAX_LISTED_FAILURES) {
                failures.add(new LineFailure(line, code, message));
            }
        }
    }
}
