package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The envelope assembled from bytes says what Jackson's generator writes for the same event: the same
 * bytes, except that characters outside the BMP in envelope fields are written as UTF-8 rather than
 * as escaped surrogate pairs (the same JSON value).
 */
class BusEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEnvelopeIsWhatAJsonGeneratorWrites() throws IOException {
        for (BusEvent event : List.of(
                event("com.acme", "Order Placed", List.of(), "{\"a\":1}"),
                event(
                        "quote\"and\\backslash",
                        "tab\tnewline\ncontrol\u0001",
                        List.of("arn:aws:s3:::b", "r2"),
                        "{\"text\":\"é ü 漢字 🎉\",\"nested\":{\"list\":[1,2.5,null,true]}}"),
                event("ünïcödé", "漢字 🎉", List.of("\u2028"), "{}"))) {
            String expected = viaGenerator(event);
            String envelope = new String(event.envelope(), "UTF-8");
            assertThat(JSON.readTree(envelope)).isEqualTo(JSON.readTree(expected));
            assertThat(envelope).endsWith(",\"detail\":" + event.detail() + "}");
        }
        BusEvent plain = event("quote\"and\\backslash", "tab\tnewline\ncontrol\u0001", List.of("é"), "{\"a\":[]}");
        assertThat(new String(plain.envelope(), "UTF-8")).isEqualTo(viaGenerator(plain));
    }

    @Test
    void aLongDetailAndManyResourcesFillTheEnvelopeExactly() throws IOException {
        String detail = "{\"note\":\"" + "n".repeat(10_000) + "\"}";
        BusEvent event = event("s", "d", List.of("x".repeat(500), "y", "z"), detail);
        assertThat(event.envelope()).isEqualTo(viaGenerator(event).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static BusEvent event(String source, String detailType, List<String> resources, String detail) {
        return new BusEvent(
                "0f5c3f2e-6d2a-4c1b-9d3e-8a1b2c3d4e5f",
                "default",
                source,
                detailType,
                "123456789012",
                Instant.parse("2026-11-24T01:02:03.456Z"),
                "eu-west-1",
                resources,
                detail);
    }

    private static String viaGenerator(BusEvent event) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("version", "0");
            json.writeStringField("id", event.id());
            json.writeStringField("detail-type", event.detailType());
            json.writeStringField("source", event.source());
            json.writeStringField("account", event.account());
            json.writeStringField("time", "2026-11-24T01:02:03.456Z");
            json.writeStringField("region", event.region());
            json.writeArrayFieldStart("resources");
            for (String resource : event.resources()) {
                json.writeString(resource);
            }
            json.writeEndArray();
            json.writeFieldName("detail");
            json.writeRawValue(event.detail());
            json.writeEndObject();
        }
        return bytes.toString("UTF-8");
    }
}
