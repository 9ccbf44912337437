package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The NDJSON endpoint streams: a body many times larger than the server's buffered-body limit is read
 * line by line and fully ingested, while the same limit still refuses an oversized buffered body
 * (CreateSchema) elsewhere.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdjsonStreamingTest implements TestPropertyProvider {

    /** Well above what the server reads ahead before the handler subscribes (about 64 KB and a chunk). */
    private static final int BUFFER_LIMIT = 1_000_000;

    private static final String PADDING = "p".repeat(1_800);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("micronaut.server.max-request-buffer-size", Integer.toString(BUFFER_LIMIT));
        return properties;
    }

    private static String envelope(int i) {
        return "{\"version\":\"0\",\"id\":\"" + i + "\",\"detail-type\":\"Streamed\",\"source\":\"com.archive\","
                + "\"account\":\"1\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],"
                + "\"detail\":{\"n\":" + i + ",\"label\":\"item " + i + PADDING + "\"}}";
    }

    private HttpResponse<String> send(String method, String path, byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .header("Content-Type", "application/json")
                        .timeout(java.time.Duration.ofSeconds(120))
                        .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyFarLargerThanTheBufferLimitIsStreamedAndFullyIngested() throws Exception {
        byte[] body = IntStream.range(0, 5_000)
                .mapToObj(NdjsonStreamingTest::envelope)
                .collect(Collectors.joining("\n"))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(8 * BUFFER_LIMIT);

        HttpResponse<String> response = send("POST", "/v1/events/ndjson", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode summary = json.readTree(response.body());
        assertThat(summary.path("LineCount").asLong()).isEqualTo(5_000);
        assertThat(summary.path("AcceptedCount").asLong()).isEqualTo(5_000);
        assertThat(summary.has("StoppedEarly")).isFalse();
    }

    @Test
    void aBufferedBodyOverTheLimitIsStillRefused() throws Exception {
        String content = "{\"type\":\"object\",\"description\":\"" + "x".repeat(2 * BUFFER_LIMIT) + "\"}";
        String body = "{\"Type\":\"JSONSchemaDraft4\",\"Content\":" + json.writeValueAsString(content) + "}";
        send("POST", "/v1/registries/name/streaming", new byte[0]);

        HttpResponse<String> response =
                send("POST", "/v1/registries/name/streaming/schemas/name/Big", body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(json.readTree(response.body()).path("Message").asText())
                .isEqualTo(
                        "The request body is larger than this operation accepts: at most " + BUFFER_LIMIT + " bytes.");
    }
}
