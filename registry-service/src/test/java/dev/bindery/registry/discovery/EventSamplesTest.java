package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * The sampled events of discovered schemas: the newest {@code bindery.discovery.samples} of each schema are stored
 * as whole envelopes, no more, and read by a restarted registry; restarted with 0, it deletes them and keeps none.
 */
class EventSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "com.acme.billing@InvoicePaid";

    private static EmbeddedServer start(Map<String, String> database, int samples) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        properties.put("bindery.discovery.version-window", "0s");
        properties.put("bindery.discovery.samples", Integer.toString(samples));
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @Test
    void onH2TheNewestEventsOfASchemaAreKeptBoundedAcrossARestartAndZeroDeletesThem() throws Exception {
        samplesAreBoundedPersistedAndSwitchedOff(Databases.h2());
    }

    @Test
    void onPostgresTheNewestEventsOfASchemaAreKeptBoundedAcrossARestartAndZeroDeletesThem() throws Exception {
        samplesAreBoundedPersistedAndSwitchedOff(Databases.postgres());
    }

    private void samplesAreBoundedPersistedAndSwitchedOff(Map<String, String> database) throws Exception {
        try (EmbeddedServer server = start(database, 3)) {
            send(server, 0, 5);
            assertThat(invoiceIds(server)).containsExactly("i-4", "i-3", "i-2");
            send(server, 5, 2);
            assertThat(invoiceIds(server)).containsExactly("i-6", "i-5", "i-4");
            assertThat(rows(server)).isEqualTo(3);
            send(server, 100, 1, "com.acme.orders", "Order Placed");
            assertThat(server.getApplicationContext()
                            .getBean(EventSamples.class)
                            .recent("com.acme.orders@OrderPlaced"))
                    .hasSize(1);

            JsonNode envelope = JSON.readTree(server.getApplicationContext()
                    .getBean(EventSamples.class)
                    .recent(SCHEMA)
                    .get(0)
                    .envelope());
            assertThat(envelope.path("source").asText()).isEqualTo("com.acme.billing");
            assertThat(envelope.path("detail-type").asText()).isEqualTo("Invoice Paid");
            assertThat(envelope.path("detail").path("invoiceId").asText()).isEqualTo("i-6");
            assertThat(envelope.path("id").asText()).isNotBlank();
            assertThat(envelope.has("account") && envelope.has("region") && envelope.has("time"))
                    .isTrue();
        }
        try (EmbeddedServer server = start(database, 2)) {
            // a lowered count applies at once to what is read, and to what is stored with the first flush
            assertThat(invoiceIds(server)).containsExactly("i-6", "i-5");
            server.getApplicationContext().getBean(ShapeFlusher.class).flush();
            assertThat(rows(server)).isEqualTo(2 + 1);
        }
        try (EmbeddedServer server = start(database, 0)) {
            server.getApplicationContext().getBean(ShapeFlusher.class).flush();
            assertThat(rows(server)).isZero();
            send(server, 7, 3);
            assertThat(rows(server)).isZero();
            assertThat(invoiceIds(server)).isEmpty();
            JsonNode lint = lint(server, "{\"source\":[\"com.acme.billing\"]}");
            assertThat(lint.path("MatchingSchemas").get(0).path("SchemaName").asText())
                    .isEqualTo(SCHEMA);
            assertThat(lint.path("MatchingSchemas").get(0).has("SampledEvents")).isFalse();
        }
    }

    private static void send(EmbeddedServer server, int first, int count) {
        send(server, first, count, "com.acme.billing", "Invoice Paid");
    }

    private static void send(EmbeddedServer server, int first, int count, String source, String detailType) {
        List<PutEventsRequestEntry> entries = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            entries.add(PutEventsRequestEntry.builder()
                    .source(source)
                    .detailType(detailType)
                    .detail("{\"invoiceId\":\"i-" + i + "\",\"amount\":" + i + "}")
                    .build());
        }
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            assertThat(events.putEvents(r -> r.entries(entries)).failedEntryCount())
                    .isZero();
        }
    }

    /** The invoice ids of the stored samples, newest first. */
    private static List<String> invoiceIds(EmbeddedServer server) throws Exception {
        List<String> ids = new ArrayList<>();
        for (EventSamples.Sample sample :
                server.getApplicationContext().getBean(EventSamples.class).recent(SCHEMA)) {
            ids.add(JSON.readTree(sample.envelope())
                    .path("detail")
                    .path("invoiceId")
                    .asText());
        }
        return ids;
    }

    /** The rows of {@code discovered_sample}, read over a connection of the server's own database URL. */
    private static long rows(EmbeddedServer server) throws Exception {
        String url = server.getApplicationContext().getRequiredProperty("datasources.default.url", String.class);
        String user = server.getApplicationContext().getRequiredProperty("datasources.default.username", String.class);
        String password = server.getApplicationContext()
                .getProperty("datasources.default.password", String.class)
                .orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                ResultSet result =
                        connection.createStatement().executeQuery("SELECT COUNT(*) FROM discovered_sample")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static JsonNode lint(EmbeddedServer server, String pattern) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/patterns/lint"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(Map.of("EventPattern", pattern))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
