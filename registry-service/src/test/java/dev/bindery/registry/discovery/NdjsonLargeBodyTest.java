package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A replay of tens of megabytes, generated while it is sent, is ingested with exact counts: every line
 * counted, the bad lines among the good failing alone with their numbers, and the discovered schema
 * counting exactly the accepted events, whatever the batches and the pipeline did with them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdjsonLargeBodyTest implements TestPropertyProvider {

    private static final int LINES = 30_000;
    private static final int NOT_JSON = 12_345;
    private static final int NOT_AN_OBJECT = 29_999;
    private static final String NOTE = "replayed ".repeat(100);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String source =
            "com.archive.large." + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    /** Line {@code n} (1-based) of the archive, with its newline. */
    private String line(int n) {
        if (n == NOT_JSON) {
            return "{\"source\":\"" + source + "\",\"detail-type\":\"Large\",\"detail\":{\"n\":\n";
        }
        String detail = n == NOT_AN_OBJECT
                ? "[1,2]"
                : "{\"n\":" + n + ",\"customer\":{\"id\":\"c-" + (n % 97) + "\",\"tags\":[\"a\",\"b\"]},\"note\":\""
                        + NOTE + "\"}";
        return "{\"version\":\"0\",\"id\":\"" + n + "\",\"detail-type\":\"Large\",\"source\":\"" + source
                + "\",\"account\":\"1\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"eu-west-1\",\"resources\":[],"
                + "\"detail\":" + detail + "}\n";
    }

    /** The archive, generated as it is read: never held whole by the test either. */
    private final class Archive extends InputStream {
        private int next = 1;
        private byte[] current = new byte[0];
        private int at;
        long size;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at == current.length) {
                if (next > LINES) {
                    return -1;
                }
                current = line(next++).getBytes(StandardCharsets.UTF_8);
                at = 0;
                size += current.length;
            }
            int n = Math.min(length, current.length - at);
            System.arraycopy(current, at, into, offset, n);
            at += n;
            return n;
        }
    }

    @Test
    void tensOfMegabytesAreIngestedWithExactCountsAndBadLinesFailAlone() throws Exception {
        Archive archive = new Archive();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/events/ndjson"))
                        .header("Content-Type", "application/x-ndjson")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> archive))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(archive.size).as("tens of megabytes").isGreaterThan(30_000_000L);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode summary = json.readTree(response.body());
        assertThat(summary.path("LineCount").asLong()).isEqualTo(LINES);
        assertThat(summary.path("AcceptedCount").asLong()).isEqualTo(LINES - 2);
        assertThat(summary.path("FailedCount").asLong()).isEqualTo(2);
        JsonNode failures = summary.path("Failures");
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).path("Line").asLong()).isEqualTo(NOT_JSON);
        assertThat(failures.get(0).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(failures.get(0).path("ErrorMessage").asText()).startsWith("Line is not valid JSON");
        assertThat(failures.get(1).path("Line").asLong()).isEqualTo(NOT_AN_OBJECT);
        assertThat(failures.get(1).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(failures.get(1).path("ErrorMessage").asText()).isEqualTo("Detail is not a JSON object.");

        HttpResponse<String> statistics = http.send(
                HttpRequest.newBuilder(
                                URI.create(server.getURL() + "/v1/registries/name/discovered-schemas/schemas/name/"
                                        + source + "@Large/statistics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
        assertThat(json.readTree(statistics.body()).path("EventCount").asLong())
                .as("every accepted line learned once")
                .isEqualTo(LINES - 2);
    }
}
