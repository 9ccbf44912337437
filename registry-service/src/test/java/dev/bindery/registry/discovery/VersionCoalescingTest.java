package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
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
 * Changes within the version window after the latest version coalesce into one version, written
 * when the window has passed even if no further event arrives, and described as all the changes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionCoalescingTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.discovery.version-window", "3s");
        properties.put("bindery.discovery.pending-check-interval", "200ms");
        return properties;
    }

    @Test
    void changesWithinTheWindowBecomeOneVersion() throws Exception {
        try (EventBridgeClient events = Clients.events(server.getURL());
                SchemasClient schemas = Clients.schemas(server.getURL())) {
            put(events, "{\"id\":\"1\"}");
            assertThat(versions(schemas))
                    .as("the first version is written at once")
                    .containsExactly("1");

            put(events, "{\"id\":\"2\",\"coupon\":\"X\"}");
            put(events, "{\"id\":\"3\",\"channel\":\"web\"}");
            assertThat(versions(schemas)).as("changes inside the window wait").containsExactly("1");

            long deadline = System.currentTimeMillis() + 15_000;
            while (versions(schemas).size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(versions(schemas)).containsExactly("2", "1");
            String description = schemas.describeSchema(
                            r -> r.registryName("discovered-schemas").schemaName("com.churn@Noisy"))
                    .description();
            assertThat(description)
                    .contains("added optional field detail.coupon", "added optional field detail.channel");
        }
    }

    private static void put(EventBridgeClient events, String detail) {
        events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                .source("com.churn")
                .detailType("Noisy")
                .detail(detail)
                .build()));
    }

    private static List<String> versions(SchemasClient schemas) {
        return schemas
                .listSchemaVersionsPaginator(
                        r -> r.registryName("discovered-schemas").schemaName("com.churn@Noisy"))
                .schemaVersions()
                .stream()
                .map(SchemaVersionSummary::schemaVersion)
                .toList();
    }
}
