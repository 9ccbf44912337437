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
        server = ApplicationContext.run(EmbeddedServer.class, Map.<String, Object>of(
                "micronaut.server.port", -1, "bindery.data-dir", database.get("bindery.data-dir"),
                "bindery.discovery.version-window", "0s"));
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
        return PutEventsRequestEntry.builder().source(source).detailType(detailType).detail(detail).build();
    }

    private long eventCount(String schemaName) {
        return server.getApplicationContext().getBean(ShapeStore.class).find(schemaName).orElseThrow().eventCount();
    }

    private void assertJournalEmpty() throws IOException {
        server.getApplicationContext().getBean(ShapeFlusher.class).flush();
        assertThat(server.getApplicationContext().getBean(DiscoveryJournal.class).ownRows(0, Long.MAX_VALUE, 10)).isEmpty();
        try (Stream<Path> files = Files.list(Path.of(database.get("bindery.data-dir"), "discovery-journal"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".seg"))).as("merged segments are deleted").isEmpty();
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
                entry(source, "Order Placed", "{\"a\":1}"))).entries();

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
