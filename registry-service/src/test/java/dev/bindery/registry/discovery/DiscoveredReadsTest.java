package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * A client reads what it was just acknowledged: requests on the discovered-schemas registry flush
 * this instance's unflushed deltas first, even when the flush interval is far away.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveredReadsTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.discovery.flush-interval", "1h");
        return properties;
    }

    @Test
    void statisticsCountEventsAcknowledgedSinceTheLastFlush() throws Exception {
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            put(events, "{\"id\":\"1\"}"); // a schema new to the instance: flushed before the answer
            put(events, "{\"id\":\"2\",\"coupon\":\"X\"}");
            put(events, "{\"id\":\"3\",\"coupon\":\"Y\"}");
        }
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                server.getURL()
                                                        + "/v1/registries/name/discovered-schemas/schemas/name/com.reads%40Counted/statistics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode statistics = new ObjectMapper().readTree(response.body());
        assertThat(statistics.path("EventCount").asLong()).isEqualTo(3);
        assertThat(statistics.path("Fields").toString()).contains("/detail/coupon");
    }

    private static void put(EventBridgeClient events, String detail) {
        assertThat(events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                                .source("com.reads")
                                .detailType("Counted")
                                .detail(detail)
                                .build()))
                        .failedEntryCount())
                .isZero();
    }
}
