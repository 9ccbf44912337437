package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The door of records read from a log (a Kafka topic): each record's value is recognised, whatever the
 * naming settings say, as a CloudEvent in binary mode (attributes in {@code ce_*} headers, the value is
 * the data: the Kafka protocol binding), a structured CloudEvent (it has {@code specversion}), an
 * EventBridge envelope (it has {@code detail-type}), or else a raw JSON object: the event's detail,
 * whose source and detail-type come from the settings. A value that is not JSON, or not an object, is
 * refused with its reason; what is read takes {@link EntryRules} like every other door's events.
 */
public final class LogRecords {

    private static final String CE_HEADER = "ce_";

    private final @Nullable String source;
    private final @Nullable String fixedDetailType;
    private final @Nullable JsonPointer detailTypePointer;
    /** The top-level key the detail-type pointer names, in UTF-8; {@code null} when it names no top-level key. */
    private final @Nullable byte[] detailTypeKey;

    private final @Nullable String detailTypeHeader;
    private final String busName;

    /**
     * @param source     the source of raw records, {@code null} for the topic's name
     * @param detailType the detail-type of raw records: a JSON pointer into the value ({@code /type}),
     *                   {@code header:<name>}, or a fixed string; {@code null} for the topic's name
     * @param busName    the bus the events count for
     * @throws IllegalArgumentException when {@code detailType} is a malformed pointer or names no header
     */
    public LogRecords(@Nullable String source, @Nullable String detailType, String busName) {
        this.source = blankToNull(source);
        this.busName = busName;
        String rule = blankToNull(detailType);
        JsonPointer pointer = null;
        String header = null;
        String fixed = null;
        if (rule != null && rule.startsWith("/")) {
            pointer = JsonPointer.compile(rule);
        } else if (rule != null && rule.startsWith("header:")) {
            header = rule.substring("header:".length());
            if (header.isEmpty()) {
                throw new IllegalArgumentException("detail-type 'header:' names no header");
            }
        } else {
            fixed = rule;
        }
        this.detailTypePointer = pointer;
        this.detailTypeKey =
                pointer != null && pointer.tail() != null && pointer.tail().matches()
                        ? pointer.getMatchingProperty().getBytes(StandardCharsets.UTF_8)
                        : null;
        this.detailTypeHeader = header;
        this.fixedDetailType = fixed;
    }

    /**
     * The event of a record that is a raw JSON object, found by a scan of its top-level keys alone, or
     * {@code null} when the record needs {@link #read}: it has headers of a binary CloudEvent, is not an
     * object, has a {@code specversion} or {@code detail-type} member, may escape a surrogate, is not
     * UTF-8 (or holds U+FFFD), or its detail-type needs more than a top-level string. Its detail is not checked here: the event is
     * marked for a strict fold (the Kafka tap's), which refuses what {@link DetailCheck} refuses, and a
     * record the fold or the rules refuse is read again with {@link #read}, which names its problem as
     * every door does.
     */
    public @Nullable IncomingEvent quick(String topic, @Nullable byte[] value, Map<String, byte[]> headers) {
        if (value == null
                || headers.containsKey(CE_HEADER + "specversion")
                || detailTypePointer != null && detailTypeKey == null) {
            return null;
        }
        TopLevelScan.Found found = TopLevelScan.scan(value, detailTypeKey);
        if (found == null || found.specversion() || found.detailType()) {
            return null;
        }
        String detailType;
        if (detailTypeKey != null) {
            detailType = found.named();
        } else if (detailTypeHeader != null) {
            byte[] header = headers.get(detailTypeHeader);
            detailType = header == null ? null : new String(header, StandardCharsets.UTF_8);
        } else {
            detailType = fixedDetailType != null ? fixedDetailType : topic;
        }
        String detail = Utf8.exactText(value, 0, value.length);
        if (detailType == null || detail == null) {
            return null;
        }
        return new IncomingEvent(
                source != null ? source : topic,
                detailType,
                detail,
                null,
                busName,
                List.of(),
                IncomingEvent.DetailReading.FOLD);
    }

    /**
     * What one record is: an event for the rules, or the reason it is refused.
     *
     * @param headers the record's headers by name (the last value of a repeated one)
     */
    public Received read(String topic, @Nullable byte[] value, Map<String, byte[]> headers) {
        if (value == null) {
            return Received.refused("InvalidArgument", "The record has no value (a tombstone).");
        }
        byte[] specversion = headers.get(CE_HEADER + "specversion");
        if (specversion != null) {
            return binaryCloudEvent(value, headers);
        }
        // One strict pass reads the members and checks the value as the rules check a detail; a value it
        // does not vouch for is read again leniently, and the rules name its problem as for every door.
        Map<String, JsonMembers.Member> members = JsonMembers.readDetail(value);
        boolean detailChecked = members != null;
        try {
            if (members == null) {
                members = JsonMembers.read(IngestJson.LENIENT, value);
            }
        } catch (JsonProcessingException e) {
            return Received.refused(
                    "MalformedDetail", "The record's value is not JSON: " + JsonProblems.reason(e) + ".");
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
        }
        if (members == null) {
            return Received.refused("MalformedDetail", "The record's value is JSON but not an object.");
        }
        if (members.containsKey("specversion")) {
            return CloudEvents.fromStructured(value, 0, value.length, busName);
        }
        try {
            if (members.containsKey("detail-type")) {
                return EnvelopeReader.read(value, 0, value.length, busName).received();
            }
            return raw(topic, value, members, headers, detailChecked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Received binaryCloudEvent(byte[] value, Map<String, byte[]> headers) {
        Map<String, String> attributes = new HashMap<>();
        headers.forEach((name, bytes) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(CE_HEADER) && bytes != null) {
                attributes.put("ce-" + lower.substring(CE_HEADER.length()), new String(bytes, StandardCharsets.UTF_8));
            }
        });
        byte[] contentType = headers.get("content-type");
        return CloudEvents.fromBinary(
                attributes,
                contentType == null ? null : new String(contentType, StandardCharsets.UTF_8),
                new String(value, StandardCharsets.UTF_8),
                busName);
    }

    private Received raw(
            String topic,
            byte[] value,
            Map<String, JsonMembers.Member> members,
            Map<String, byte[]> headers,
            boolean detailChecked)
            throws IOException {
        String detailType;
        if (detailTypePointer != null) {
            detailType = pointed(value, members);
            if (detailType == null) {
                return Received.refused(
                        "InvalidArgument",
                        "Parameter DetailType is not valid. Reason: the record's " + "value has no string or number at "
                                + detailTypePointer + " (the detail-type setting).");
            }
        } else if (detailTypeHeader != null) {
            byte[] header = headers.get(detailTypeHeader);
            if (header == null) {
                return Received.refused(
                        "InvalidArgument",
                        "Parameter DetailType is not valid. Reason: the record " + "has no header '" + detailTypeHeader
                                + "' (the detail-type setting).");
            }
            detailType = new String(header, StandardCharsets.UTF_8);
        } else {
            detailType = fixedDetailType != null ? fixedDetailType : topic;
        }
        return Received.of(new IncomingEvent(
                source != null ? source : topic,
                detailType,
                new String(value, StandardCharsets.UTF_8),
                null,
                busName,
                List.of(),
                detailChecked ? IncomingEvent.DetailReading.DOOR : IncomingEvent.DetailReading.RULES));
    }

    /** The scalar at the pointer, as text; a top-level member is read without building a tree. */
    private @Nullable String pointed(byte[] value, Map<String, JsonMembers.Member> members) throws IOException {
        if (detailTypePointer.tail() != null && detailTypePointer.tail().matches()) {
            JsonMembers.Member member = members.get(detailTypePointer.getMatchingProperty());
            if (member == null || !member.token().isScalarValue() || member.token() == JsonToken.VALUE_NULL) {
                return null;
            }
            return member.text() != null ? member.text() : member.json();
        }
        JsonNode node = IngestJson.TREES.readTree(value).at(detailTypePointer);
        return node.isTextual() || node.isNumber() || node.isBoolean() ? node.asText() : null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
