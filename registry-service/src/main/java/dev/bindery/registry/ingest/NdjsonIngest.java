package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.MalformedBodyException;
import dev.bindery.registry.store.StorageStatus;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NDJSON door: replays a stream of EventBridge envelopes (one JSON object per line) through
 * {@link IngestionService} in batches, holding one batch at a time: memory stays constant whatever the stream's length.
 * The summary counts every line and lists the first failures with their line numbers.
 */
@Singleton
public final class NdjsonIngest {

    private static final Logger LOG = LoggerFactory.getLogger(NdjsonIngest.class);
    private static final int BATCH = 100;
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
    public record LineFailure(long line, String errorCode, String errorMessage) {
    }

    /**
     * What became of a stream. {@code stoppedEarly} says why reading stopped before the end (the
     * body exceeded the server's request size limit, could not be read as sent, or storing a batch
     * failed); the counts cover the lines read until then, and every line counted as accepted is
     * stored. {@code stop} tells the reasons apart.
     */
    public record Summary(long lineCount, long accepted, long failed, List<LineFailure> failures,
                          boolean failuresTruncated, @Nullable String stoppedEarly, @Nullable Stop stop) {
    }

    /** Why reading stopped before the end of the body. */
    public enum Stop {
        /** The body exceeded the server's request size limit. */
        TOO_LARGE,
        /** The body's framing or encoding is malformed, so the rest of it cannot be read. */
        BODY_MALFORMED,
        /** Storing a batch failed. */
        STORAGE_FAILED
    }

    /** Storing a batch failed: nothing of it was acknowledged, and reading stops. */
    private static final class BatchFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchFailed(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    public Summary ingest(InputStream body, String busName) throws IOException {
        NdjsonLines lines = new NdjsonLines(body, limits.maxEntrySize() + ENVELOPE_OVERHEAD);
        Tally tally = new Tally();
        List<Received> batch = new ArrayList<>(BATCH);
        List<Long> numbers = new ArrayList<>(BATCH);
        String stoppedEarly = null;
        Stop stop = null;
        try {
            try {
                readAll(lines, busName, batch, numbers, tally);
            } catch (IOException | RuntimeException e) {
                MalformedBodyException malformed = e instanceof BatchFailed ? null : MalformedBodyException.find(e);
                if (malformed != null && tally.lines == 0) {
                    throw malformed; // nothing read: the operation did not run, a plain 400
                } else if (malformed != null) {
                    stop = Stop.BODY_MALFORMED;
                    stoppedEarly = malformed.getMessage() + " Reading stopped after line " + tally.lines
                            + "; the lines counted as accepted are stored: send the others again.";
                } else if (e instanceof BatchFailed || !bodyTooLarge(e)) {
                    throw e;
                } else {
                    stop = Stop.TOO_LARGE;
                    stoppedEarly = "The request body exceeded the server's request size limit after line " + tally.lines
                            + "; later lines were not read. Send the rest in another request.";
                }
            }
            flush(batch, numbers, tally);
        } catch (BatchFailed e) {
            stop = Stop.STORAGE_FAILED;
            stoppedEarly = "Storing the events failed after line " + tally.lines + "; that line's batch and later "
                    + "lines were not stored. The lines counted as accepted are stored: send the others again.";
        }
        tally.failures.sort(java.util.Comparator.comparingLong(LineFailure::line));
        return new Summary(tally.lines, tally.accepted, tally.failed, List.copyOf(tally.failures),
                tally.failed > tally.failures.size(), stoppedEarly, stop);
    }

    private void readAll(NdjsonLines lines, String busName, List<Received> batch, List<Long> numbers, Tally tally)
            throws IOException {
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            tally.lines = line.number();
            if (line.text() == null) {
                tally.fail(line.number(), "InvalidArgument", line.problem());
                continue;
            }
            Received entry;
            try {
                entry = entry(JsonMembers.read(IngestJson.LENIENT, line.text()), busName);
            } catch (JsonProcessingException e) {
                tally.fail(line.number(), "MalformedDetail", "Line is not valid JSON: " + JsonProblems.reason(e) + ".");
                continue;
            }
            batch.add(entry);
            numbers.add(line.number());
            if (batch.size() == BATCH) {
                flush(batch, numbers, tally);
            }
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

    /**
     * An envelope ({@code source}, {@code detail-type}, {@code time}, {@code resources}, {@code detail}) as
     * received; members of the wrong kind are left out for the rules to name as missing. The detail is
     * handed on as its JSON text, whatever its depth, as PutEvents' is.
     */
    static Received entry(Map<String, JsonMembers.Member> envelope, @Nullable String busName)
            throws IOException {
        if (envelope == null) {
            return Received.of(new IncomingEvent(null, null, null, null, busName, List.of()));
        }
        List<String> resources = new ArrayList<>();
        JsonMembers.Member listed = envelope.get("resources");
        if (listed != null && listed.token() == JsonToken.START_ARRAY) {
            String problem = PutEventsEntries.resources(IngestJson.TREES.readTree(listed.json()), resources);
            if (problem != null) {
                return Received.refused("InvalidArgument", problem);
            }
        }
        JsonMembers.Member detail = envelope.get("detail");
        String time = text(envelope, "time");
        return Received.of(new IncomingEvent(text(envelope, "source"), text(envelope, "detail-type"),
                detail == null ? null : detail.json(), time == null ? null : new EventTime.Text(time), busName,
                resources));
    }

    static String text(Map<String, JsonMembers.Member> envelope, String member) {
        JsonMembers.Member value = envelope.get(member);
        return value == null ? null : value.text();
    }

    private void flush(List<Received> batch, List<Long> numbers, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        List<EntryResult> results;
        try {
            results = ingestion.ingest(batch);
        } catch (RuntimeException e) {
            storage.failed(e);
            LOG.error("NDJSON batch of lines {} to {} was not stored", numbers.get(0), numbers.get(numbers.size() - 1), e);
            numbers.forEach(line -> tally.fail(line, "InternalFailure", "The event was not stored; send it again."));
            throw new BatchFailed(e);
        }
        for (int i = 0; i < results.size(); i++) {
            EntryResult result = results.get(i);
            if (result.isFailure()) {
                tally.fail(numbers.get(i), result.errorCode(), result.errorMessage());
            } else {
                tally.accepted++;
            }
        }
        batch.clear();
        numbers.clear();
    }

    /** Counts of one stream; confined to the request's thread. */
    private static final class Tally {
        long lines;
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
