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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.SchemaVersionSummary;

/**
 * A source that produces steadily, with a shape that settles (optional fields, code sets, one field
 * seen in one event of twenty), gets at most three versions in its first hour, with the default
 * quiet period and windows. The hour is simulated: the registry's clock is set forward three seconds
 * before each request, and the flush and the pending check run after each, as their timers would.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SteadyProducerVersionsTest implements TestPropertyProvider {

    private static final String SCHEMA = "com.steady.orders@OrderPlaced";
    private static final Duration STEP = Duration.ofSeconds(3);

    @Inject
    EmbeddedServer server;

    @Inject
    SettableClock clock;

    @Inject
    ShapeFlusher flusher;

    @Inject
    PendingVersions pending;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.test.settable-clock", "true");
        // The test runs the timers' work itself, at simulated times.
        properties.put("bindery.discovery.flush-interval", "1h");
        properties.put("bindery.discovery.pending-check-interval", "1h");
        return properties;
    }

    @Test
    void aSteadySourceGetsAtMostThreeVersionsInItsFirstHour() throws Exception {
        OrderDetails details = new OrderDetails(42);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (EventBridgeClient events = Clients.events(server.getURL());
                SchemasClient schemas = Clients.schemas(server.getURL())) {
            for (Duration elapsed = Duration.ZERO;
                    elapsed.compareTo(Duration.ofHours(1)) < 0;
                    elapsed = elapsed.plus(STEP)) {
                clock.set(start.plus(elapsed));
                List<PutEventsRequestEntry> entries = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    entries.add(PutEventsRequestEntry.builder()
                            .source("com.steady.orders")
                            .detailType("OrderPlaced")
                            .detail(details.next(i))
                            .build());
                }
                assertThat(events.putEvents(r -> r.entries(entries)).failedEntryCount())
                        .isZero();
                flusher.flush();
                pending.publishDue();
            }
            List<String> versions = schemas
                    .listSchemaVersionsPaginator(
                            r -> r.registryName("discovered-schemas").schemaName(SCHEMA))
                    .schemaVersions()
                    .stream()
                    .map(SchemaVersionSummary::schemaVersion)
                    .toList();
            assertThat(versions).as("versions in the first hour").hasSizeBetween(2, 3);

            String content = schemas.describeSchema(
                            r -> r.registryName("discovered-schemas").schemaName(SCHEMA))
                    .content();
            JsonNode detail = new ObjectMapper()
                    .readTree(content)
                    .path("components")
                    .path("schemas")
                    .path("OrderPlaced");
            assertThat(detail.path("properties").path("status").path("enum"))
                    .as("the settled shape is versioned")
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrderElementsOf(OrderDetails.STATUSES);
            assertThat(detail.path("properties").has("gift")).isTrue();
        }
    }
}
