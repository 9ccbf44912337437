package dev.bindery.registry.discovery.inference;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.error.JsonProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * The running shape of one schema, folding events one at a time. Mutable and <em>not</em> thread-safe: confine an
 * accumulator to one thread (or guard it), and hand out {@link #snapshot()}s, which are immutable.
 *
 * <p>Folding is atomic: malformed input is rejected with an {@link InvalidEventException} and leaves the shape
 * unchanged.
 */
public final class ShapeAccumulator {

    private final String source;
    private final String detailType;
    private final ShapeNode root;
    private final EventFolder folder = new EventFolder();

    private ShapeAccumulator(String source, String detailType, ShapeNode root) {
        this.source = source;
        this.detailType = detailType;
        this.root = root;
    }

    /** For events in the EventBridge envelope; the document gets the {@code AWSEvent} layout. */
    public static ShapeAccumulator forEnvelope(String source, String detailType) {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(detailType, "detailType == null");
        return new ShapeAccumulator(source, detailType, new ShapeNode());
    }

    /** For bare JSON samples (no envelope); the document has one root component named {@code Event}. */
    public static ShapeAccumulator forSamples() {
        return new ShapeAccumulator(null, null, new ShapeNode());
    }

    /** Continues from a persisted or merged state. */
    public static ShapeAccumulator resume(ShapeSnapshot snapshot) {
        return new ShapeAccumulator(
                snapshot.source(), snapshot.detailType(), snapshot.root().copy());
    }

    /**
     * Folds one event given as UTF-8 JSON bytes. {@code eventTime} (millisecond precision) feeds the first/last
     * seen statistics; pass the event's own {@code time} or its arrival time.
     *
     * @throws InvalidEventException if the bytes are not exactly one JSON value, or repeat a key in an object
     */
    public void add(byte[] json, Instant eventTime) {
        add(json, 0, json.length, eventTime);
    }

    /** Folds one event given as UTF-8 JSON in {@code json[offset, offset+length)}. */
    public void add(byte[] json, int offset, int length, Instant eventTime) {
        long time = Objects.requireNonNull(eventTime, "eventTime == null").toEpochMilli();
        read(() -> {
            try (JsonParser p = Json.FACTORY.createParser(json, offset, length)) {
                folder.fold(root, p, time);
            }
        });
    }

    /**
     * Folds one event given as its envelope's members and its detail's UTF-8 JSON: the same as folding the
     * envelope's JSON with {@link #add(byte[], Instant)}, without assembling it.
     *
     * @throws InvalidEventException if the detail is not exactly one JSON value, or repeats a key in an object
     */
    public void addEnvelope(EnvelopeMembers envelope, byte[] detail, Instant eventTime) {
        long time = Objects.requireNonNull(eventTime, "eventTime == null").toEpochMilli();
        read(() -> {
            try (JsonParser p = Json.FACTORY.createParser(detail)) {
                folder.foldEnvelope(root, envelope, p, time);
            }
        });
    }

    private interface Reading {
        void run() throws IOException;
    }

    /** Runs a fold over a parser; JSON the parser refuses is an invalid event. */
    private static void read(Reading reading) {
        try {
            reading.run();
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event is not valid JSON: " + JsonProblems.reason(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folds one event given as JSON text. */
    public void add(String json, Instant eventTime) {
        add(json.getBytes(StandardCharsets.UTF_8), eventTime);
    }

    /** Folds one already parsed event. */
    public void add(JsonNode event, Instant eventTime) {
        Objects.requireNonNull(event, "event == null");
        long time = Objects.requireNonNull(eventTime, "eventTime == null").toEpochMilli();
        try (JsonParser p = event.traverse()) {
            folder.fold(root, p, time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds everything another state observed (for example one persisted by another registry instance). */
    public void merge(ShapeSnapshot other) {
        if (!Objects.equals(source, other.source()) || !Objects.equals(detailType, other.detailType())) {
            throw new IllegalArgumentException("cannot merge shapes of different event kinds: " + source + "/"
                    + detailType + " and " + other.source() + "/" + other.detailType());
        }
        root.mergeFrom(other.root());
    }

    public long eventCount() {
        return root.count();
    }

    /** An immutable copy of the current state. */
    public ShapeSnapshot snapshot() {
        return new ShapeSnapshot(source, detailType, root.copy());
    }
}
