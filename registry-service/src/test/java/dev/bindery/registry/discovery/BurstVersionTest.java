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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;

/**
 * A burst is versioned when its source falls quiet, not when the version window ends: 400 events from
 * four producers over about five seconds, with optional fields and code sets, and a version window of
 * ten minutes; the latest version reflects every one of them well within the window (bounded wait).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BurstVersionTest implements TestPropertyProvider {

    private static final String SCHEMA = "com.burst.orders@OrderPlaced";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.discovery.version-window", "10m");
        return properties;
    }

    @Test
    void theLatestVersionReflectsTheWholeBurstOnceItsSourceIsQuiet() throws Exception {
        try (EventBridgeClient events = Clients.events(server.getURL());
                SchemasClient schemas = Clients.schemas(server.getURL())) {
            ExecutorService producers = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> sent = new ArrayList<>();
                for (int p = 0; p < 4; p++) {
                    int producer = p;
                    sent.add(producers.submit(() -> produce(events, producer)));
                }
                for (Future<?> one : sent) {
                    one.get(2, TimeUnit.MINUTES);
                }
            } finally {
                producers.shutdownNow();
            }

            // Bounded wait, far below the ten-minute window: only the quiet period can write this version.
            JsonNode detail = latestDetail(schemas);
            long deadline = System.currentTimeMillis() + 60_000;
            while (!reflectsTheBurst(detail) && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
                detail = latestDetail(schemas);
            }
            assertThat(detail.path("properties").path("status").path("enum"))
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrderElementsOf(OrderDetails.STATUSES);
            assertThat(detail.path("properties").path("tier").path("enum"))
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrderElementsOf(OrderDetails.TIERS);
            assertThat(detail.path("properties").fieldNames())
                    .toIterable()
                    .contains("coupon", "gift", "producer0", "producer1", "producer2", "producer3");
            assertThat(detail.path("required"))
                    .extracting(JsonNode::asText)
                    .contains("orderId", "status", "tier", "amount")
                    .doesNotContain("coupon", "gift", "producer0", "producer3");
        }
    }

    /** 100 events in 20 requests, a quarter of a second apart. */
    private static void produce(EventBridgeClient events, int producer) {
        OrderDetails details = new OrderDetails(producer);
        for (int request = 0; request < 20; request++) {
            List<PutEventsRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                entries.add(PutEventsRequestEntry.builder()
                        .source("com.burst.orders")
                        .detailType("OrderPlaced")
                        .detail(details.next(producer))
                        .build());
            }
            assertThat(events.putEvents(r -> r.entries(entries)).failedEntryCount())
                    .isZero();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean reflectsTheBurst(JsonNode detail) {
        return detail.path("properties").path("status").path("enum").size() == OrderDetails.STATUSES.size()
                && detail.path("properties").path("tier").path("enum").size() == OrderDetails.TIERS.size()
                && detail.path("properties").has("gift")
                && detail.path("properties").has("producer3")
                && !detail.path("required").toString().contains("producer");
    }

    private static JsonNode latestDetail(SchemasClient schemas) throws Exception {
        String content = schemas.describeSchema(
                        r -> r.registryName("discovered-schemas").schemaName(SCHEMA))
                .content();
        return new ObjectMapper()
                .readTree(content)
                .path("components")
                .path("schemas")
                .path("OrderPlaced");
    }
}
