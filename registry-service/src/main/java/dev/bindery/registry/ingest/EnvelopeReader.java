package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads an EventBridge envelope ({@code id}, {@code source}, {@code detail-type}, {@code time},
 * {@code resources}, {@code detail}) from UTF-8 bytes, for the doors that receive envelopes (NDJSON
 * archives, API destinations). The usual envelope is found by a scan of its bytes that leaves the detail to
 * the engine's fold, the one full reading of it ({@link TopLevelScan#envelope}; ADR 0022). An envelope the
 * scan does not vouch for is read in one streaming pass that also checks its
 * detail as the rules would (one object, no repeated key), so the detail is never parsed twice before
 * discovery folds it; an envelope the pass does not vouch for (a repeated key anywhere, a surrogate escape,
 * resources that are not strings, a member of the wrong kind) is read again member by member and left to
 * the rules, which then name its problem exactly as for every other door.
 */
final class EnvelopeReader {

    /** An envelope read: its {@code id} when a string, and what the door made of it. */
    record Envelope(@Nullable String id, Received received) {}

    private EnvelopeReader() {}

    /**
     * The envelope in {@code json[offset, offset+length)}, or {@code null} when the bytes hold another JSON value.
     *
     * @throws JsonProcessingException when they are not JSON
     */
    static @Nullable Envelope read(byte[] json, int offset, int length, @Nullable String busName)
            throws JsonProcessingException {
        Envelope quick = quick(json, offset, length, busName);
        if (quick != null) {
            return quick;
        }
        Envelope fast = null;
        try {
            fast = fast(json, offset, length, busName);
        } catch (IOException | RuntimeException notVouchedFor) {
            // read again below, where the problem is named
        }
        return fast != null ? fast : members(json, offset, length, busName);
    }

    /**
     * The usual envelope found by a scan of its bytes ({@link TopLevelScan#envelope}), with its detail left to
     * the fold; {@code null} when the scan does not vouch for it.
     */
    private static @Nullable Envelope quick(byte[] json, int offset, int length, @Nullable String busName) {
        TopLevelScan.Envelope scanned = TopLevelScan.envelope(json, offset, length);
        if (scanned == null || scanned.detail() == null) {
            return null; // no detail: the rules name what is missing, as for the full reading
        }
        return new Envelope(
                scanned.id(),
                Received.of(new IncomingEvent(
                        scanned.source(),
                        scanned.detailType(),
                        scanned.detail(),
                        scanned.time() == null ? null : new EventTime.Text(scanned.time()),
                        busName,
                        scanned.resources(),
                        IncomingEvent.DetailReading.FOLD)));
    }

    /** The one-pass reading; {@code null} when it cannot vouch for the envelope. */
    private static @Nullable Envelope fast(byte[] json, int offset, int length, @Nullable String busName)
            throws IOException {
        try (JsonParser parser = IngestJson.STRICT.createParser(json, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            String source = null;
            String detailType = null;
            String time = null;
            String detail = null;
            List<String> resources = List.of();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "id", "source", "detail-type", "time" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        String text = parser.getText();
                        switch (name) {
                            case "id" -> id = text;
                            case "source" -> source = text;
                            case "detail-type" -> detailType = text;
                            default -> time = text;
                        }
                    }
                    case "resources" -> {
                        resources = strings(parser, value);
                        if (resources == null) {
                            return null;
                        }
                    }
                    case "detail" -> {
                        if (value != JsonToken.START_OBJECT) {
                            return null;
                        }
                        int start = (int) parser.currentTokenLocation().getByteOffset();
                        parser.skipChildren(); // the strict parser refuses a repeated key on the way
                        int end = (int) parser.currentLocation().getByteOffset();
                        detail = new String(json, offset + start, end - start, StandardCharsets.UTF_8);
                        if (DetailCheck.maySpellSurrogate(detail)) {
                            return null;
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            return new Envelope(
                    id,
                    Received.of(new IncomingEvent(
                            source,
                            detailType,
                            detail,
                            time == null ? null : new EventTime.Text(time),
                            busName,
                            resources,
                            detail != null ? IncomingEvent.DetailReading.DOOR : IncomingEvent.DetailReading.RULES)));
        }
    }

    /** The strings of a {@code resources} array, or {@code null} when it is not an array of strings. */
    private static @Nullable List<String> strings(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> strings = new ArrayList<>(2);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING) {
                return null;
            }
            strings.add(parser.getText());
        }
        return strings;
    }

    /** The member-by-member reading, which names every problem. */
    private static @Nullable Envelope members(byte[] json, int offset, int length, @Nullable String busName)
            throws JsonProcessingException {
        Map<String, JsonMembers.Member> envelope;
        try {
            envelope = JsonMembers.read(
                    IngestJson.LENIENT,
                    offset == 0 && length == json.length ? json : Arrays.copyOfRange(json, offset, offset + length));
            if (envelope == null) {
                return null;
            }
            return new Envelope(text(envelope, "id"), entry(envelope, busName));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An envelope's members as received; members of the wrong kind are left out for the rules to name as
     * missing. The detail is handed on as its JSON text, whatever its depth, as PutEvents' is.
     */
    private static Received entry(Map<String, JsonMembers.Member> envelope, @Nullable String busName)
            throws IOException {
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
        return Received.of(new IncomingEvent(
                text(envelope, "source"),
                text(envelope, "detail-type"),
                detail == null ? null : detail.json(),
                time == null ? null : new EventTime.Text(time),
                busName,
                resources));
    }

    private static @Nullable String text(Map<String, JsonMembers.Member> envelope, String member) {
        JsonMembers.Member value = envelope.get(member);
        return value == null ? null : value.text();
    }
}
