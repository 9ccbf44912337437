package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * A wide event (a 150 KB detail of 127 × 127 fields) is acknowledged and learned, but its inferred
 * document is over the content limit of a version: the schema's statistics are readable and say why
 * it is not versioned (ADR 0015), its events are merged and the journal segment deleted; once a
 * shape fits again, the problem is gone. Subclasses say which database.
 */
abstract class UnversionableSchemaContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbeddedServer server;

    abstract Map<String, String> database();

    @AfterEach
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private static String wideDetail() {
        StringBuilder detail = new StringBuilder("{");
        for (int o = 0; o < 127; o++) {
            detail.append(o == 0 ? "" : ",").append("\"group").append(o).append("\":{");
            for (int k = 0; k < 127; k++) {
                detail.append(k == 0 ? "" : ",")
                        .append("\"field")
                        .append(k)
                        .append("\":")
                        .append(k);
            }
            detail.append('}');
        }
        return detail.append('}').toString();
    }

    @Test
    void aSchemaThatCannotBeVersionedHasReadableStatisticsThatSayWhy() throws Exception {
        Map<String, String> database = database();
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        properties.put("bindery.discovery.version-window", "0s");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        String source = "com.wide." + UUID.randomUUID().toString().substring(0, 8);
        String detail = wideDetail();
        assertThat(detail.length()).isGreaterThan(150_000);

        try (EventBridgeClient events = Clients.events(server.getURL())) {
            assertThat(events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                                    .source(source)
                                    .detailType("Wide")
                                    .detail(detail)
                                    .build()))
                            .failedEntryCount())
                    .isZero();

            HttpResponse<String> described =
                    get("/v1/registries/name/discovered-schemas/schemas/name/" + source + "@Wide");
            assertThat(described.statusCode())
                    .as("no version: the document is over the limit")
                    .isEqualTo(404);
            HttpResponse<String> statistics =
                    get("/v1/registries/name/discovered-schemas/schemas/name/" + source + "@Wide/statistics");
            assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(200);
            JsonNode stats = JSON.readTree(statistics.body());
            assertThat(stats.path("EventCount").asLong()).isEqualTo(1);
            assertThat(stats.path("VersionProblem").asText()).contains("over the 100000-character content limit");

            ShapeFlusher flusher = server.getApplicationContext().getBean(ShapeFlusher.class);
            flusher.flush();
            assertThat(server.getApplicationContext()
                            .getBean(DiscoveryJournal.class)
                            .ownRows(0, Long.MAX_VALUE, 10))
                    .isEmpty();
            String dataDir = database.get("bindery.data-dir");
            if (dataDir != null) {
                try (Stream<Path> files = Files.list(Path.of(dataDir, "discovery-journal"))) {
                    assertThat(files.filter(p -> p.toString().endsWith(".seg")))
                            .as("merged segments are deleted")
                            .isEmpty();
                }
            }

            // a schema that fits is versioned and says nothing of problems
            assertThat(events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                                    .source(source)
                                    .detailType("Narrow")
                                    .detail("{\"a\":1}")
                                    .build()))
                            .failedEntryCount())
                    .isZero();
            JsonNode narrow = JSON.readTree(
                    get("/v1/registries/name/discovered-schemas/schemas/name/" + source + "@Narrow/statistics")
                            .body());
            assertThat(narrow.has("VersionProblem")).isFalse();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURL() + path.replace("@", "%40")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
