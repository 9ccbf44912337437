package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CloudEvents door: the CloudEvents HTTP binding read into {@link IncomingEvent}s, so CloudEvents
 * take the same checks and path as EventBridge events: {@code type} becomes the detail-type, {@code source} the source,
 * {@code data} (a JSON object) the detail and {@code time} the time. {@code data_base64} must be
 * base64 of UTF-8 text; an event whose is not fails alone. Every event must carry the attributes the
 * CloudEvents spec requires ({@code specversion} 1.0, {@code id}, {@code source}, {@code type}), and a key
 * repeated in an event fails that event, as a repeated key in a PutEvents detail fails its entry.
 */
public final class CloudEvents {

    private static final List<String> REQUIRED = List.of("specversion", "id", "source", "type");

    private CloudEvents() {}

    /**
     * The offset and length of each element of a batch, a JSON array; empty when the body is another
     * JSON value (or empty).
     *
     * @throws JsonProcessingException when the body is not one JSON value
     */
    public static Optional<List<int[]>> batchElements(byte[] body) throws JsonProcessingException {
        if (body.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = IngestJson.LENIENT.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                parser.skipChildren();
                endOfValue(parser);
                return Optional.empty();
            }
            List<int[]> elements = new ArrayList<>();
            for (JsonToken token = parser.nextToken();
                    token != null && token != JsonToken.END_ARRAY;
                    token = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                if (token == JsonToken.VALUE_STRING) {
                    parser.getText(); // reads the string through its closing quote
                } else {
                    parser.skipChildren();
                }
                elements.add(new int[] {start, (int) parser.currentLocation().getByteOffset() - start});
            }
            endOfValue(parser);
            return Optional.of(elements);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that a structured-mode body is one JSON value (any depth).
     *
     * @throws JsonProcessingException when it is not
     */
    public static void checkJson(byte[] body) throws JsonProcessingException {
        try (JsonParser parser = IngestJson.LENIENT.createParser(body)) {
            parser.nextToken();
            parser.skipChildren();
            endOfValue(parser);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
        }
    }

    private static void endOfValue(JsonParser parser) throws IOException {
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value");
        }
    }

    /**
     * A structured-mode event read from its own JSON text ({@code length} bytes of {@code json} from
     * {@code offset}, already known to be well-formed): a key repeated in it fails this event alone.
     */
    public static Received fromStructured(byte[] json, int offset, int length, @Nullable String busName) {
        Map<String, JsonMembers.Member> event;
        try {
            event = JsonMembers.read(IngestJson.STRICT, Arrays.copyOfRange(json, offset, offset + length));
        } catch (JsonProcessingException e) {
            return repeatedKey(e);
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
        }
        if (event == null) {
            return failed("InvalidArgument", "A CloudEvent in structured mode must be a JSON object.");
        }
        for (String attribute : REQUIRED) {
            JsonMembers.Member value = event.get(attribute);
            if (value == null || value.text() == null || value.text().isEmpty()) {
                return missing(attribute);
            }
        }
        if (!event.get("specversion").text().equals("1.0")) {
            return unsupportedVersion(event.get("specversion").text());
        }
        JsonMembers.Member time = event.get("time");
        JsonMembers.Member data = event.get("data");
        JsonMembers.Member base64 = event.get("data_base64");
        JsonMembers.Member contentType = event.get("datacontenttype");
        String detail = null;
        if (data != null) {
            detail = data.text() != null
                            && isJson(
                                    contentType == null
                                            ? null
                                            : contentType.text() != null ? contentType.text() : contentType.json())
                    ? data.text()
                    : data.json();
        } else if (base64 != null && base64.text() != null) {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(base64.text());
            } catch (IllegalArgumentException e) {
                return failed(
                        "InvalidArgument",
                        "Parameter data_base64 is not valid. Reason: it is not base64 (" + e.getMessage() + ").");
            }
            long[] failure = new long[1];
            var text = Utf8.decode(decoded, 0, decoded.length, failure);
            if (text.isEmpty()) {
                return failed(
                        "MalformedDetail",
                        "Parameter data_base64 is not valid. Reason: it decodes to bytes "
                                + "that are not UTF-8 at byte " + failure[0] + ".");
            }
            detail = text.get();
        }
        return Received.of(new IncomingEvent(
                event.get("source").text(),
                event.get("type").text(),
                detail,
                time == null || time.text() == null ? null : new EventTime.Text(time.text()),
                busName,
                List.of()));
    }

    /** A binary-mode event: attributes in {@code ce-*} headers (names in lower case), the body is the data. */
    public static Received fromBinary(
            Map<String, String> headers,
            @Nullable String contentType,
            @Nullable String body,
            @Nullable String busName) {
        for (String attribute : REQUIRED) {
            String value = headers.get("ce-" + attribute);
            if (value == null || value.isEmpty()) {
                return missing(attribute);
            }
        }
        if (!headers.get("ce-specversion").equals("1.0")) {
            return unsupportedVersion(headers.get("ce-specversion"));
        }
        String detail = null;
        if (body != null && (contentType == null || isJson(contentType))) {
            detail = body;
        } else if (body != null) { // a JSON string, which the rules refuse as not an object
            detail = "\""
                    + new String(JsonStringEncoder.getInstance().quoteAsString("data of content type " + contentType))
                    + "\"";
        }
        String time = headers.get("ce-time");
        return Received.of(new IncomingEvent(
                headers.get("ce-source"),
                headers.get("ce-type"),
                detail,
                time == null ? null : new EventTime.Text(time),
                busName,
                List.of()));
    }

    private static Received missing(String attribute) {
        return failed(
                "InvalidArgument",
                "The CloudEvent has no '" + attribute + "' attribute"
                        + (attribute.equals("source")
                                ? " (the entry's Source)"
                                : attribute.equals("type") ? " (the entry's DetailType)" : "")
                        + "; CloudEvents require specversion, id, source and type as "
                        + "non-empty strings.");
    }

    private static Received unsupportedVersion(String version) {
        return failed(
                "InvalidArgument",
                "The CloudEvent's specversion is '" + version + "'; this endpoint reads CloudEvents 1.0.");
    }

    /** A repeated key: in {@code data} the detail is malformed, as in PutEvents; elsewhere an attribute is. */
    private static Received repeatedKey(JsonProcessingException e) {
        String reason = JsonProblems.reason(e);
        if (!(e.getProcessor() instanceof JsonParser parser) || !reason.startsWith("Duplicate field")) {
            return failed("InvalidArgument", "The CloudEvent is not valid JSON: " + reason + ".");
        }
        JsonStreamContext context = parser.getParsingContext();
        while (context.getParent() != null && context.getParent().getParent() != null) {
            context = context.getParent();
        }
        boolean inData = context != parser.getParsingContext() && "data".equals(context.getCurrentName());
        return inData
                ? failed(
                        "MalformedDetail",
                        "Parameter data is not valid. Reason: " + reason + "; a key may appear once in an object.")
                : failed("InvalidArgument", "The CloudEvent repeats an attribute: " + reason + ".");
    }

    private static Received failed(String code, String message) {
        return Received.refused(code, message);
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return true; // the binding's default for structured events is application/json
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/json") || type.contains("+json");
    }
}
