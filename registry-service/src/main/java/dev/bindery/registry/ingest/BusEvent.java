package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An event accepted on a bus, with everything EventBridge puts in its envelope. {@code detail} is
 * the producer's JSON object text, kept as sent.
 */
public record BusEvent(String id, String busName, String source, String detailType, String account, Instant time,
                       String region, List<String> resources, String detail) {

    private static final JsonFactory JSON = new JsonFactory();

    public BusEvent {
        resources = List.copyOf(resources);
    }

    /** The EventBridge envelope as UTF-8 JSON, as targets of the bus would receive it. */
    public byte[] envelope() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(detail.length() + 256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("version", "0");
            json.writeStringField("id", id);
            json.writeStringField("detail-type", detailType);
            json.writeStringField("source", source);
            json.writeStringField("account", account);
            json.writeStringField("time", DateTimeFormatter.ISO_INSTANT.format(time));
            json.writeStringField("region", region);
            json.writeArrayFieldStart("resources");
            for (String resource : resources) {
                json.writeString(resource);
            }
            json.writeEndArray();
            json.writeFieldName("detail");
            json.writeRawValue(detail);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }
}
