package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.support.Clients;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.SchemaVersionSummary;

/**
 * With {@code bindery.discovery.version-window=0s} every request's change is its own version, also when requests
 * arrive at the same time: no version carries two requests' changes (#12 item 18). Subclasses run it against each
 * supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ZeroWindowVersionsContract {

    private static final int REQUESTS = 8;

    @Inject
    EmbeddedServer server;

    @Test
    void concurrentRequestsEachGetTheirOwnVersion() throws Exception {
        String source = "com.zero" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try (EventBridgeClient events = Clients.events(server.getURL());
                SchemasClient schemas = Clients.schemas(server.getURL())) {
            put(events, source, "{\"id\":\"0\"}");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 1; i <= REQUESTS; i++) {
                String detail = "{\"id\":\"" + i + "\",\"field" + i + "\":\"x\"}";
                puts.add(pool.submit(() -> {
                    start.await();
                    put(events, source, detail);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> put : puts) {
                put.get();
            }
            String schema = source + "@Tick";
            List<String> versions = schemas
                    .listSchemaVersionsPaginator(
                            r -> r.registryName("discovered-schemas").schemaName(schema))
                    .schemaVersions()
                    .stream()
                    .map(SchemaVersionSummary::schemaVersion)
                    .toList();
            assertThat(versions).hasSize(REQUESTS + 1);
            Pattern added = Pattern.compile("added optional field detail\\.field\\d+");
            for (int v = 2; v <= REQUESTS + 1; v++) {
                String version = Integer.toString(v);
                String description = schemas.describeSchema(r -> r.registryName("discovered-schemas")
                                .schemaName(schema)
                                .schemaVersion(version))
                        .description();
                Matcher fields = added.matcher(description);
                assertThat(fields.results().count())
                        .as("version %s: %s", version, description)
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void put(EventBridgeClient events, String source, String detail) {
        events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                .source(source)
                .detailType("Tick")
                .detail(detail)
                .build()));
    }
}
