package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.RegistryProcess;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.SchemaVersionSummary;

/**
 * Events acknowledged but not yet flushed into the stored shape (they are only in the journal and
 * in memory) are learned after a {@code kill -9} and restart, exactly once: the start-up replay
 * counts them, and later restarts do not count them again. A torn frame at the end of the journal
 * (a write cut short, never acknowledged) is cut off.
 */
class JournalReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "com.replay@OrderPlaced";

    @TempDir
    Path data;

    @Test
    void eventsAcknowledgedBeforeAnyFlushAreLearnedOnceAfterRestart() throws Exception {
        int port = RegistryProcess.freePort();
        // A window of 1 ms versions every change without the flush per request that 0 s asks for.
        Map<String, String> noFlush = new HashMap<>(
                Map.of("bindery.discovery.version-window", "1ms", "bindery.discovery.flush-interval", "1h"));
        RegistryProcess first = RegistryProcess.start(data, port, noFlush);
        try (EventBridgeClient events = Clients.events(first.url())) {
            // A schema new to the instance is flushed before the answer (its first version) ...
            put(events, "{\"orderId\":\"o-1\"}", "{\"orderId\":\"o-2\"}");
            // ... later events of it wait for the flush interval (an hour here), in the journal only.
            put(
                    events,
                    "{\"orderId\":\"o-3\",\"coupon\":\"X\"}",
                    "{\"orderId\":\"o-4\",\"coupon\":\"Y\"}",
                    "{\"orderId\":\"o-5\",\"coupon\":\"Z\"}");
        } finally {
            first.kill();
        }
        appendTornFrame(data.resolve("discovery-journal"));

        Map<String, String> usual = Map.of("bindery.discovery.version-window", "1ms");
        try (RegistryProcess second = RegistryProcess.start(data, port, usual)) {
            JsonNode statistics = statistics(second.url());
            assertThat(statistics.path("EventCount").asLong()).as(second.logs()).isEqualTo(5);
            assertThat(field(statistics, "/detail/coupon").path("PresentCount").asLong())
                    .isEqualTo(3);
            try (SchemasClient schemas = Clients.schemas(second.url())) {
                assertThat(versions(schemas))
                        .as("the replayed change is versioned")
                        .containsExactly("2", "1");
                assertThat(schemas.describeSchema(r ->
                                        r.registryName("discovered-schemas").schemaName(SCHEMA))
                                .content())
                        .contains("\"coupon\"");
            }
        }

        try (RegistryProcess third = RegistryProcess.start(data, port, usual)) {
            assertThat(statistics(third.url()).path("EventCount").asLong())
                    .as("no row replayed twice")
                    .isEqualTo(5);
        }
    }

    /** A frame cut short, as a write interrupted by a power loss leaves it: start-up must cut it off. */
    private static void appendTornFrame(Path journal) throws Exception {
        Path newest;
        try (var segments = Files.list(journal)) {
            newest = segments.filter(p -> p.toString().endsWith(".seg"))
                    .max(Path::compareTo)
                    .orElseThrow();
        }
        Files.write(newest, new byte[] {0, 0, 1, 0, 7, 7, 7, 7, 42}, StandardOpenOption.APPEND);
    }

    private static void put(EventBridgeClient events, String... details) {
        List<PutEventsRequestEntry> entries = java.util.Arrays.stream(details)
                .map(d -> PutEventsRequestEntry.builder()
                        .source("com.replay")
                        .detailType("Order Placed")
                        .detail(d)
                        .build())
                .toList();
        assertThat(events.putEvents(r -> r.entries(entries)).failedEntryCount()).isZero();
    }

    private static JsonNode statistics(URL server) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                server
                                                        + "/v1/registries/name/discovered-schemas/schemas/name/com.replay%40OrderPlaced/statistics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode field(JsonNode statistics, String path) {
        for (JsonNode field : statistics.path("Fields")) {
            if (field.path("Path").asText().equals(path)) {
                return field;
            }
        }
        throw new AssertionError("no field " + path + " in " + statistics);
    }

    private static List<String> versions(SchemasClient schemas) {
        return schemas
                .listSchemaVersionsPaginator(
                        r -> r.registryName("discovered-schemas").schemaName(SCHEMA))
                .schemaVersions()
                .stream()
                .map(SchemaVersionSummary::schemaVersion)
                .toList();
    }
}
