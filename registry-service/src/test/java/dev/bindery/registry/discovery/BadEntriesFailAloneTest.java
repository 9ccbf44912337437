package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;

/**
 * Entries that break a limit of a column or of the name rule, or carry a time or data that cannot be
 * read, fail alone with {@code InvalidArgument} at the door, on every door (PutEvents, CloudEvents,
 * NDJSON); the good entries beside them are learned once, and nothing is left in the journal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadEntriesFailAloneTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> database = Databases.h2();
    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedServer server;
    private EventBridgeClient events;
    private SchemasClient schemas;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.<String, Object>of(
                        "micronaut.server.port",
                        -1,
                        "bindery.data-dir",
                        database.get("bindery.data-dir"),
                        "bindery.discovery.version-window",
                        "0s"));
        events = Clients.events(server.getURL());
        schemas = Clients.schemas(server.getURL());
    }

    @AfterAll
    void stop() {
        events.close();
        schemas.close();
        server.getApplicationContext().close();
    }

    private static String newSource() {
        return "com.bad." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static PutEventsRequestEntry entry(String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder()
                .source(source)
                .detailType(detailType)
                .detail(detail)
                .build();
    }

    private long eventCount(String schemaName) {
        return server.getApplicationContext()
                .getBean(ShapeStore.class)
                .find(schemaName)
                .orElseThrow()
                .eventCount();
    }

    private void assertJournalEmpty() throws IOException {
        server.getApplicationContext().getBean(ShapeFlusher.class).flush();
        assertThat(server.getApplicationContext()
                        .getBean(DiscoveryJournal.class)
                        .ownRows(0, Long.MAX_VALUE, 10))
                .isEmpty();
        try (Stream<Path> files = Files.list(Path.of(database.get("bindery.data-dir"), "discovery-journal"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".seg")))
                    .as("merged segments are deleted")
                    .isEmpty();
        }
    }

    @Test
    void aSourceLongerThanItsColumnAndNamesWithoutNameCharactersAreInvalidArguments() throws Exception {
        String source = newSource();
        String longest = source + "x".repeat(256 - source.length());
        List<PutEventsResultEntry> results = events.putEvents(r -> r.entries(
                        entry(longest + "y", "Order Placed", "{\"a\":1}"),
                        entry(source, "!!! ???", "{\"a\":1}"),
                        entry("(())", "Order Placed", "{\"a\":1}"),
                        entry(longest, "Order Placed", "{\"a\":1}"),
                        entry(source, "Order Placed", "{\"a\":1}")))
                .entries();

        assertThat(results.get(0).errorCode()).isEqualTo("InvalidArgument");
        assertThat(results.get(0).errorMessage()).contains("Source", "257 characters", "limit is 256");
        assertThat(results.get(1).errorCode()).isEqualTo("InvalidArgument");
        assertThat(results.get(1).errorMessage()).contains("detail-type has no name characters");
        assertThat(results.get(2).errorCode()).isEqualTo("InvalidArgument");
        assertThat(results.get(2).errorMessage()).contains("source has no name characters");
        assertThat(results.get(3).eventId()).as("exactly the column's width").isNotBlank();
        assertThat(results.get(4).eventId()).isNotBlank();
        assertThat(eventCount(longest + "@OrderPlaced")).isEqualTo(1);
        assertThat(eventCount(source + "@OrderPlaced")).isEqualTo(1);
        assertJournalEmpty();
    }

    @Test
    void putEventsTimesBeyondTheRangeFailAloneAndNumbersAndStringsShareOneRange() throws Exception {
        String source = newSource();
        String good = "{\"Source\":\"" + source + "\",\"DetailType\":\"Timed\",\"Detail\":\"{\\\"a\\\":1}\"";
        HttpResponse<String> response = post(
                "/",
                "{\"Entries\":["
                        + good + ",\"Time\":1e999999},"
                        + good + ",\"Time\":\"+999999999-12-31T23:59:59Z\"},"
                        + good + ",\"Time\":\"-292275055-05-16T16:47:04.192Z\"},"
                        + good + ",\"Time\":253402300800},"
                        + good + ",\"Time\":\"1969-12-31T23:59:59Z\"},"
                        + good + ",\"Time\":253402300799},"
                        + good + ",\"Time\":\"9999-12-31T23:59:59Z\"}]}",
                "X-Amz-Target",
                "AWSEvents.PutEvents",
                "Content-Type",
                "application/x-amz-json-1.1");
        JsonNode body = json(response);
        assertThat(body.path("FailedEntryCount").asInt()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(body.path("Entries").get(i).path("ErrorCode").asText())
                    .as("entry %d", i)
                    .isEqualTo("InvalidArgument");
            assertThat(body.path("Entries").get(i).path("ErrorMessage").asText())
                    .as("entry %d", i)
                    .contains("Parameter Time is not valid", "9999-12-31T23:59:59Z");
        }
        assertThat(body.path("Entries").get(5).path("EventId").asText()).isNotEmpty();
        assertThat(body.path("Entries").get(6).path("EventId").asText()).isNotEmpty();
        assertThat(eventCount(source + "@Timed")).isEqualTo(2);
        assertJournalEmpty();
    }

    @Test
    void cloudEventsWithATimeBeyondTheRangeOrDataBase64ThatIsNotBase64FailAlone() throws Exception {
        String source = newSource();
        String attributes = "\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"" + source + "\",\"type\":\"Cloud\"";
        HttpResponse<String> response = post(
                "/v1/cloudevents",
                "["
                        + "{" + attributes + ",\"time\":\"+292278994-08-17T07:12:55.808Z\",\"data\":{\"a\":1}},"
                        + "{" + attributes + ",\"data_base64\":\"!!! not base64\"},"
                        + "{" + attributes + ",\"data_base64\":\"/w==\"},"
                        + "{" + attributes + ",\"data_base64\":\"eyJhIjoyfQ==\"},"
                        + "{" + attributes + ",\"time\":\"2026-01-01T00:00:00Z\",\"data\":{\"a\":3}}]",
                "Content-Type",
                "application/cloudevents-batch+json");
        JsonNode body = json(response);
        assertThat(body.path("FailedEntryCount").asInt()).isEqualTo(3);
        JsonNode entries = body.path("Entries");
        assertThat(entries.get(0).path("ErrorCode").asText()).isEqualTo("InvalidArgument");
        assertThat(entries.get(0).path("ErrorMessage").asText()).contains("Time");
        assertThat(entries.get(1).path("ErrorCode").asText()).isEqualTo("InvalidArgument");
        assertThat(entries.get(1).path("ErrorMessage").asText()).contains("data_base64", "not base64");
        assertThat(entries.get(2).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(entries.get(2).path("ErrorMessage").asText()).contains("data_base64", "not UTF-8 at byte 0");
        assertThat(entries.get(3).path("EventId").asText()).isNotEmpty();
        assertThat(entries.get(4).path("EventId").asText()).isNotEmpty();
        assertThat(eventCount(source + "@Cloud")).isEqualTo(2);
        assertJournalEmpty();
    }

    @Test
    void anNdjsonLineWithATimeBeyondTheRangeFailsAloneAndTheSummaryCountsEveryLine() throws Exception {
        String source = newSource();
        String line = "{\"source\":\"" + source + "\",\"detail-type\":\"Streamed\",\"detail\":{\"n\":1}";
        HttpResponse<String> response = post(
                "/v1/events/ndjson",
                line + "}\n"
                        + line + ",\"time\":\"+999999999-12-31T23:59:59Z\"}\n"
                        + line + ",\"time\":\"2026-01-01T00:00:00Z\"}\n",
                "Content-Type",
                "application/x-ndjson");
        JsonNode summary = json(response);
        assertThat(summary.path("LineCount").asLong()).isEqualTo(3);
        assertThat(summary.path("AcceptedCount").asLong()).isEqualTo(2);
        assertThat(summary.path("Failures").get(0).path("Line").asLong()).isEqualTo(2);
        assertThat(summary.path("Failures").get(0).path("ErrorCode").asText()).isEqualTo("InvalidArgument");
        assertThat(eventCount(source + "@Streamed"))
                .as("acknowledged once, stored once")
                .isEqualTo(2);
        assertJournalEmpty();
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
