package dev.bindery.registry.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The CloudEvents HTTP binding mapped onto PutEvents entries, so CloudEvents take the same checks
 * and path as EventBridge events: {@code type} becomes the detail-type, {@code source} the source,
 * {@code data} (a JSON object) the detail and {@code time} the time.
 */
@Singleton
public final class CloudEvents {

    private final ObjectMapper mapper;

    public CloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A structured-mode event (a JSON object with the attributes and {@code data}) as an entry. */
    public ObjectNode fromStructured(JsonNode event, String busName) {
        ObjectNode entry = mapper.createObjectNode();
        if (!event.isObject()) {
            return entry; // no Source: refused by the entry checks with a message naming it
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
            entry.put("Detail", new String(Base64.getDecoder().decode(base64.asText()), StandardCharsets.UTF_8));
        }
        return entry;
    }

    /** A binary-mode event: attributes in {@code ce-*} headers, the body is the data. */
    public ObjectNode fromBinary(Map<String, String> headers, @Nullable String contentType, @Nullable String body,
                                 String busName) {
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
        return entry;
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
