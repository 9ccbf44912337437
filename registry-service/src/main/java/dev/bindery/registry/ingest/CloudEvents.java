package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CloudEvents HTTP binding mapped onto PutEvents entries, so CloudEvents take the same checks
 * and path as EventBridge events: {@code type} becomes the detail-type, {@code source} the source,
 * {@code data} (a JSON object) the detail and {@code time} the time. {@code data_base64} must be
 * base64 of UTF-8 text; an event whose is not fails alone. Every event must carry the attributes the
 * CloudEvents spec requires ({@code specversion} 1.0, {@code id}, {@code source}, {@code type}), and a key
 * repeated in an event fails that event, as a repeated key in a PutEvents detail fails its entry.
 */
@Singleton
public final class CloudEvents {

    private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ObjectMapper mapper;

    public CloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A CloudEvent as a PutEvents entry, or why it cannot be one. */
    public record Mapped(@Nullable ObjectNode entry, @Nullable EntryResult failure) {

        static Mapped failed(String code, String message) {
            return new Mapped(null, EntryResult.failed(code, message));
        }
    }

    /**
     * A structured-mode event read from its own JSON text ({@code length} bytes of {@code json} from
     * {@code offset}, already known to be well-formed): a key repeated in it fails this event alone.
     */
    public Mapped fromStructured(byte[] json, int offset, int length, String busName) {
        JsonNode event;
        try {
            event = STRICT.readTree(json, offset, length);
        } catch (JsonProcessingException e) {
            return repeatedKey(e);
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
        }
        return fromStructured(event, busName);
    }

    /** A structured-mode event (a JSON object with the attributes and {@code data}) as an entry. */
    public Mapped fromStructured(JsonNode event, String busName) {
        ObjectNode entry = mapper.createObjectNode();
        if (!event.isObject()) {
            return Mapped.failed("InvalidArgument", "A CloudEvent in structured mode must be a JSON object.");
        }
        for (String attribute : REQUIRED) {
            JsonNode value = event.get(attribute);
            if (value == null || !value.isTextual() || value.asText().isEmpty()) {
                return missing(attribute);
            }
        }
        if (!event.get("specversion").asText().equals("1.0")) {
            return unsupportedVersion(event.get("specversion").asText());
        }
        copyText(event, "source", entry, "Source");
        copyText(event, "type", entry, "DetailType");
        copyText(event, "time", entry, "Time");
        entry.put("EventBusName", busName);
        JsonNode data = event.get("data");
        JsonNode base64 = event.get("data_base64");
        if (data != null) {
            entry.put("Detail", data.isTextual() && isJson(event.path("datacontenttype").asText(null))
                    ? data.asText() : data.toString());
        } else if (base64 != null && base64.isTextual()) {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(base64.asText());
            } catch (IllegalArgumentException e) {
                return Mapped.failed("InvalidArgument", "Parameter data_base64 is not valid. Reason: it is not base64 ("
                        + e.getMessage() + ").");
            }
            long[] failure = new long[1];
            var text = Utf8.decode(decoded, 0, decoded.length, failure);
            if (text.isEmpty()) {
                return Mapped.failed("MalformedDetail", "Parameter data_base64 is not valid. Reason: it decodes to bytes "
                        + "that are not UTF-8 at byte " + failure[0] + ".");
            }
            entry.put("Detail", text.get());
        }
        return new Mapped(entry, null);
    }

    /** A binary-mode event: attributes in {@code ce-*} headers, the body is the data. */
    public Mapped fromBinary(Map<String, String> headers, @Nullable String contentType, @Nullable String body,
                                 String busName) {
        for (String attribute : REQUIRED) {
            String value = headers.get("ce-" + attribute);
            if (value == null || value.isEmpty()) {
                return missing(attribute);
            }
        }
        if (!headers.get("ce-specversion").equals("1.0")) {
            return unsupportedVersion(headers.get("ce-specversion"));
        }
        ObjectNode entry = mapper.createObjectNode();
        putIfPresent(entry, "Source", headers.get("ce-source"));
        putIfPresent(entry, "DetailType", headers.get("ce-type"));
        putIfPresent(entry, "Time", headers.get("ce-time"));
        entry.put("EventBusName", busName);
        if (body != null && (contentType == null || isJson(contentType))) {
            entry.put("Detail", body);
        } else if (body != null) {
            entry.put("Detail", mapper.valueToTree("data of content type " + contentType).toString());
        }
        return new Mapped(entry, null);
    }

    private static Mapped missing(String attribute) {
        return Mapped.failed("InvalidArgument", "The CloudEvent has no '" + attribute + "' attribute"
                + (attribute.equals("source") ? " (the entry's Source)" : attribute.equals("type")
                ? " (the entry's DetailType)" : "") + "; CloudEvents require specversion, id, source and type as "
                + "non-empty strings.");
    }

    private static Mapped unsupportedVersion(String version) {
        return Mapped.failed("InvalidArgument", "The CloudEvent's specversion is '" + version
                + "'; this endpoint reads CloudEvents 1.0.");
    }

    /** A repeated key: in {@code data} the detail is malformed, as in PutEvents; elsewhere an attribute is. */
    private static Mapped repeatedKey(JsonProcessingException e) {
        String reason = JsonProblems.reason(e);
        if (!(e.getProcessor() instanceof JsonParser parser) || !reason.startsWith("Duplicate field")) {
            return Mapped.failed("InvalidArgument", "The CloudEvent is not valid JSON: " + reason + ".");
        }
        JsonStreamContext context = parser.getParsingContext();
        while (context.getParent() != null && context.getParent().getParent() != null) {
            context = context.getParent();
        }
        boolean inData = context != parser.getParsingContext() && "data".equals(context.getCurrentName());
        return inData
                ? Mapped.failed("MalformedDetail", "Parameter data is not valid. Reason: " + reason
                        + "; a key may appear once in an object.")
                : Mapped.failed("InvalidArgument", "The CloudEvent repeats an attribute: " + reason + ".");
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return true; // the binding's default for structured events is application/json
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.contains("+json");
    }

    private static void copyText(JsonNode from, String attribute, ObjectNode to, String member) {
        JsonNode value = from.get(attribute);
        if (value != null && value.isTextual()) {
            to.put(member, value.asText());
        }
    }

    private static void putIfPresent(ObjectNode to, String member, @Nullable String value) {
        if (value != null) {
            to.put(member, value);
        }
    }
}
