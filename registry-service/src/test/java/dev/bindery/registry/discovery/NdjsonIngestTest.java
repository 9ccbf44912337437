package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** NDJSON replay: per-line results summarised, bad lines alone refused, over-limit bodies cut honestly. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdjsonIngestTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("micronaut.server.max-request-size", "300000");
        properties.put("bindery.ingest.max-entry-size", "2048");
        return properties;
    }

    private static String envelope(int i) {
        return "{\"version\":\"0\",\"id\":\"" + i + "\",\"detail-type\":\"Replayed\",\"source\":\"com.archive\","
                + "\"account\":\"1\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"us-east-1\",\"resources\":[],"
                + "\"detail\":{\"n\":" + i + ",\"label\":\"item " + i + "\"}}";
    }

    /** Posts the body chunked (no Content-Length), as a client streaming a file does. */
    private HttpResponse<String> post(String body) throws Exception {
        return post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(byte[] bytes) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/events/ndjson"))
                        .header("Content-Type", "application/x-ndjson")
                        .timeout(java.time.Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyLineIsAccountedForAndBadLinesFailAlone() throws Exception {
        String body = envelope(1) + "\n\n" + "not json\n" + envelope(2) + "\n"
                + "{\"source\":\"com.archive\",\"detail-type\":\"Replayed\",\"detail\":[1]}\n"
                + "{\"detail\":\"" + "x".repeat(30_000) + "\"}\n" + envelope(3);
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = json.readTree(response.body());
        assertThat(summary.path("LineCount").asLong()).isEqualTo(7);
        assertThat(summary.path("AcceptedCount").asLong()).isEqualTo(3);
        assertThat(summary.path("FailedCount").asLong()).isEqualTo(3);
        assertThat(summary.path("Failures").findValuesAsText("Line")).containsExactly("3", "5", "6");
        assertThat(summary.path("Failures").get(2).path("ErrorMessage").asText())
                .contains("the limit is");
        assertThat(summary.has("StoppedEarly")).isFalse();
    }

    /**
     * Lines whose members the scan vouches for but whose detail the fold refuses (the fold is the quick way's
     * only reading of a detail): each fails alone, named as the rules name a malformed detail, and teaches
     * nothing.
     */
    @Test
    void aDetailOnlyTheFoldRefusesFailsAloneNamedByTheRules() throws Exception {
        String head = "{\"version\":\"0\",\"id\":\"x\",\"detail-type\":\"Folded\",\"source\":\"com.archive\","
                + "\"resources\":[\"arn:aws:s3:::b\"],\"detail\":";
        String body = head + "{\"kept\":1}}\n"
                + head + "{\"refusedA\":1,\"refusedA\":2}}\n"
                + head + "{\"refusedB\":tru}}\n"
                + head + "{\"refusedC\":1]}\n"
                + head + "{\"refusedD\":\"tab\tin a string\"}}\n"
                + head + "{\"kept\":2,\"also\":\"yes\"}}\n";
        JsonNode summary = json.readTree(post(body).body());
        assertThat(summary.path("AcceptedCount").asLong()).isEqualTo(2);
        assertThat(summary.path("Failures").findValuesAsText("Line")).containsExactly("2", "3", "4", "5");
        assertThat(summary.path("Failures").findValuesAsText("ErrorCode")).containsOnly("MalformedDetail");
        List<String> messages = summary.path("Failures").findValuesAsText("ErrorMessage");
        assertThat(messages.get(0)).contains("Duplicate field 'refusedA'");
        assertThat(messages.subList(1, 4)).allMatch(m -> m.startsWith("Detail is malformed: "), "named as malformed");

        HttpResponse<String> statistics = http.send(
                HttpRequest.newBuilder(URI.create(server.getURL()
                                + "/v1/registries/name/discovered-schemas/schemas/name/com.archive@Folded/statistics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode learned = json.readTree(statistics.body());
        assertThat(learned.path("EventCount").asLong()).as(statistics.body()).isEqualTo(2);
        assertThat(learned.path("Fields").findValuesAsText("Path"))
                .anyMatch(p -> p.contains("also"))
                .noneMatch(p -> p.contains("refused"));
    }

    @Test
    void aLineThatIsNotUtf8FailsAlone() throws Exception {
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes((envelope(1) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] prefix = "{\"source\":\"com.archive\",\"detail-type\":\"Replayed\",\"detail\":{\"name\":\""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(prefix);
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        body.writeBytes(("\"}}\n" + envelope(2)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode summary = json.readTree(post(body.toByteArray()).body());
        assertThat(summary.path("AcceptedCount").asLong()).isEqualTo(2);
        assertThat(summary.path("Failures").get(0).path("Line").asLong()).isEqualTo(2);
        assertThat(summary.path("Failures").get(0).path("ErrorMessage").asText())
                .contains("not valid UTF-8 at byte " + prefix.length + ".");
    }

    @Test
    void aBodyOverTheRequestSizeLimitIsCutWithTheCountsOfWhatWasRead() throws Exception {
        String body =
                IntStream.range(0, 5_000).mapToObj(NdjsonIngestTest::envelope).collect(Collectors.joining("\n"));
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        JsonNode summary = json.readTree(response.body());
        assertThat(summary.path("StoppedEarly").asText())
                .contains("exceeded the server's request size limit after line")
                .doesNotContain("micronaut");
        assertThat(summary.path("AcceptedCount").asLong()).isPositive().isLessThan(5_000);
        assertThat(summary.path("LineCount").asLong())
                .isEqualTo(summary.path("AcceptedCount").asLong());
        assertThat(post(envelope(1)).statusCode())
                .as("the server still serves requests")
                .isEqualTo(200);
    }
}
