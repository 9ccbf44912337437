package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.BadRequestException;
import software.amazon.awssdk.services.schemas.model.NotFoundException;
import software.amazon.awssdk.services.schemas.model.SchemaVersionSummary;

/**
 * Events published with the AWS SDK's EventBridgeClient become discovered, versioned schemas
 * readable through the Schemas API; bad entries fail alone; what was learned survives a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PutEventsDiscoveryTest {

    private final Map<String, String> database = Databases.h2();
    private EmbeddedServer server;
    private EventBridgeClient events;
    private SchemasClient schemas;

    @BeforeAll
    void start() {
        startServer();
    }

    @AfterAll
    void stop() {
        stopServer();
    }

    private void startServer() {
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

    private void stopServer() {
        events.close();
        schemas.close();
        server.getApplicationContext().close();
    }

    private static PutEventsRequestEntry entry(String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder()
                .source(source)
                .detailType(detailType)
                .detail(detail)
                .build();
    }

    private List<String> versions(String schemaName) {
        return schemas
                .listSchemaVersionsPaginator(
                        r -> r.registryName("discovered-schemas").schemaName(schemaName))
                .schemaVersions()
                .stream()
                .map(SchemaVersionSummary::schemaVersion)
                .toList();
    }

    @Test
    void badEntriesFailAloneAndGoodOnesAreDiscovered() {
        String source = "com.acme." + UUID.randomUUID().toString().substring(0, 8);
        PutEventsResponse response = events.putEvents(r -> r.entries(
                entry(source, "Order Placed", "{\"orderId\":\"o-1\",\"total\":12}"),
                entry(source, "Order Placed", "[1, 2]"),
                entry(source, "Order Placed", "{\"orderId\":\"o-2\",\"orderId\":\"o-3\"}"),
                entry(source, "Deeply Nested", "{\"deep\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                entry(source, "Order Placed", "{\"orderId\":\"o-4\",\"total\":123456789012345678901234567890}"),
                PutEventsRequestEntry.builder()
                        .detailType("Order Placed")
                        .detail("{}")
                        .build(),
                entry(source, "Order Placed", "{\"huge\":\"" + "x".repeat(300_000) + "\"}")));

        assertThat(response.failedEntryCount()).isEqualTo(4);
        List<PutEventsResultEntry> entries = response.entries();
        assertThat(entries).hasSize(7);
        assertThat(entries.get(0).eventId()).isNotBlank();
        assertThat(entries.get(1).errorCode()).isEqualTo("MalformedDetail");
        assertThat(entries.get(1).errorMessage()).contains("not a JSON object");
        assertThat(entries.get(2).errorCode()).isEqualTo("MalformedDetail");
        assertThat(entries.get(2).errorMessage()).contains("orderId");
        assertThat(entries.get(3).eventId())
                .as("100,000 levels are accepted; inference stops at 255")
                .isNotBlank();
        assertThat(entries.get(4).eventId()).as("integers beyond int64").isNotBlank();
        assertThat(entries.get(5).errorCode()).isEqualTo("InvalidArgument");
        assertThat(entries.get(5).errorMessage()).contains("Source");
        assertThat(entries.get(6).errorCode()).isEqualTo("InvalidArgument");
        assertThat(entries.get(6).errorMessage()).contains("limit is 262144 bytes");

        var discovered =
                schemas.describeSchema(r -> r.registryName("discovered-schemas").schemaName(source + "@OrderPlaced"));
        assertThat(discovered.schemaVersion()).isEqualTo("1");
        assertThat(discovered.content())
                .contains("\"x-amazon-events-source\": \"" + source + "\"")
                .contains("\"orderId\"")
                .doesNotContain("\"huge\"");
        var deep =
                schemas.describeSchema(r -> r.registryName("discovered-schemas").schemaName(source + "@DeeplyNested"));
        assertThat(deep.schemaVersion())
                .as("nesting past the content limit is written as any value, not refused")
                .isEqualTo("1");
    }

    @Test
    void aWideSchemaWhosePrettyFormWouldBreakTheContentLimitIsStoredCompact() {
        String source = "com.wide." + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder detail = new StringBuilder("{");
        for (int o = 0; o < 20; o++) {
            detail.append(o == 0 ? "" : ",").append("\"group").append(o).append("\":{");
            for (int k = 0; k < 70; k++) {
                detail.append(k == 0 ? "" : ",")
                        .append("\"field")
                        .append(k)
                        .append("\":")
                        .append(k);
            }
            detail.append('}');
        }
        detail.append('}');
        assertThat(events.putEvents(r -> r.entries(entry(source, "Wide", detail.toString())))
                        .failedEntryCount())
                .isZero();
        String content = schemas.describeSchema(
                        r -> r.registryName("discovered-schemas").schemaName(source + "@Wide"))
                .content();
        assertThat(content).doesNotContain("\n").contains("\"field69\"");
        assertThat(content.length()).isLessThanOrEqualTo(100_000);
    }

    @Test
    void aNewVersionOnlyWhenTheSchemaChangesAndItSaysWhat() {
        String source = "com.shop." + UUID.randomUUID().toString().substring(0, 8);
        String schemaName = source + "@BasketCheckedOut";
        events.putEvents(r -> r.entries(entry(source, "Basket Checked Out", "{\"basketId\":\"b-1\",\"items\":2}")));
        events.putEvents(r -> r.entries(entry(source, "Basket Checked Out", "{\"basketId\":\"b-2\",\"items\":5}")));
        assertThat(versions(schemaName)).containsExactly("1");

        events.putEvents(r -> r.entries(
                entry(source, "Basket Checked Out", "{\"basketId\":\"b-3\",\"items\":1,\"coupon\":\"XMAS\"}")));
        assertThat(versions(schemaName)).containsExactly("2", "1");
        assertThat(schemas.describeSchema(
                                r -> r.registryName("discovered-schemas").schemaName(schemaName))
                        .description())
                .contains("added optional field detail.coupon");
    }

    @Test
    void perFieldStatisticsAreReadableThroughTheApi() throws Exception {
        String source = "com.stats." + UUID.randomUUID().toString().substring(0, 8);
        events.putEvents(r -> r.entries(
                entry(source, "Paid", "{\"paymentId\":\"3f2b6c1e-8a4d-4f7b-9c2e-1a2b3c4d5e6f\",\"note\":null}"),
                entry(source, "Paid", "{\"paymentId\":\"0b7e9a51-2c3d-4e5f-8a9b-0c1d2e3f4a5b\"}")));
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(
                java.net.http.HttpRequest.newBuilder(
                                URI.create(server.getURL() + "/v1/registries/name/discovered-schemas/schemas/name/"
                                        + source + "%40Paid/statistics"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var stats = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(stats.path("EventCount").asLong()).isEqualTo(2);
        var fields = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
        stats.path("Fields").forEach(f -> fields.put(f.path("Path").asText(), f));
        var paymentId = fields.get("/detail/paymentId");
        assertThat(paymentId.path("PresentCount").asLong()).isEqualTo(2);
        assertThat(paymentId.path("Required").asBoolean()).isTrue();
        assertThat(paymentId.path("StringFormats").toString()).contains("uuid");
        var note = fields.get("/detail/note");
        assertThat(note.path("PresentCount").asLong()).isEqualTo(1);
        assertThat(note.path("Required").asBoolean()).isFalse();
        assertThat(note.path("TypeCounts").path("null").asLong()).isEqualTo(1);
    }

    @Test
    void eventsOnABusWithoutAStartedDiscovererAreAcceptedButNotInferred() {
        String source = "com.quiet." + UUID.randomUUID().toString().substring(0, 8);
        schemas.stopDiscoverer(r -> r.discovererId("events-event-bus-default"));
        try {
            PutEventsResponse response = events.putEvents(r -> r.entries(
                    entry(source, "Ping", "{\"a\":1}"),
                    entry(source, "Ping", "{\"a\":1}").toBuilder()
                            .eventBusName("no-discoverer-here")
                            .build()));
            assertThat(response.failedEntryCount()).isZero();
        } finally {
            schemas.startDiscoverer(r -> r.discovererId("events-event-bus-default"));
        }
        assertThatThrownBy(() -> schemas.describeSchema(
                        r -> r.registryName("discovered-schemas").schemaName(source + "@Ping")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBusADiscovererAcceptsIsABusPutEventsAccepts() {
        String bus = "aws.partner/acme.example/" + UUID.randomUUID().toString().substring(0, 8);
        String source = "com.partner." + UUID.randomUUID().toString().substring(0, 8);
        String discovererId = schemas.createDiscoverer(
                        r -> r.sourceArn("arn:aws:events:us-east-1:123456789012:event-bus/" + bus))
                .discovererId();
        try {
            PutEventsResponse response = events.putEvents(r -> r.entries(entry(source, "Ping", "{\"a\":1}").toBuilder()
                    .eventBusName(bus)
                    .build()));
            assertThat(response.failedEntryCount()).as(response.toString()).isZero();
            assertThat(versions(source + "@Ping")).containsExactly("1");
        } finally {
            schemas.deleteDiscoverer(r -> r.discovererId(discovererId));
        }
        assertThatThrownBy(() -> schemas.createDiscoverer(
                        r -> r.sourceArn("arn:aws:events:us-east-1:1234:event-bus/short-account")))
                .as("an ARN PutEvents refuses as an EventBusName")
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void entriesOfTheWrongJsonTypesAreRefusedByName() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/"))
                                .header("X-Amz-Target", "AWSEvents.PutEvents")
                                .header("Content-Type", "application/x-amz-json-1.1")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "{\"Entries\":[{\"Source\":7,\"DetailType\":\"T\",\"Detail\":\"{}\"},"
                                                        + "{\"Source\":\"s\",\"DetailType\":\"T\",\"Detail\":{\"a\":1}},"
                                                        + "{\"Source\":\"s\",\"DetailType\":\"T\",\"Detail\":\"{}\",\"Time\":\"yesterday\"},"
                                                        // a lone surrogate (an escape without its pair) has no UTF-8
                                                        // form
                                                        + "{\"Source\":\"s\",\"DetailType\":\"T\",\"Detail\":\"{\\\"a\\\":\\\"\\ud800\\\"}\"},"
                                                        + "{\"Source\":\"s\\udc00\",\"DetailType\":\"T\",\"Detail\":\"{}\"},"
                                                        + "{\"Source\":\"s\",\"DetailType\":\"T \\ud83c\\udf89\",\"Detail\":\"{}\"}]}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(body.path("FailedEntryCount").asInt()).isEqualTo(5);
        assertThat(body.path("Entries").get(3).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(body.path("Entries").get(3).path("ErrorMessage").asText())
                .contains("Detail", "unpaired surrogate", "D800");
        assertThat(body.path("Entries").get(4).path("ErrorCode").asText()).isEqualTo("InvalidArgument");
        assertThat(body.path("Entries").get(4).path("ErrorMessage").asText())
                .contains("Source", "unpaired surrogate", "DC00");
        assertThat(body.path("Entries").get(5).path("EventId").asText())
                .as("a pair is a character")
                .isNotEmpty();
        assertThat(body.path("Entries").get(0).path("ErrorMessage").asText())
                .contains("Source", "must be a string", "number");
        assertThat(body.path("Entries").get(1).path("ErrorMessage").asText())
                .contains("Detail", "must be a string", "object");
        assertThat(body.path("Entries").get(2).path("ErrorMessage").asText()).contains("Time");
        var unknown = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/"))
                                .header("X-Amz-Target", "AWSEvents.PutPermission")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
        byte[] notUtf8 = "{\"Entries\":[{\"Source\":\"s\",\"DetailType\":\"T\",\"Detail\":\"{}\"}]}   "
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        notUtf8[notUtf8.length - 1] = (byte) 0xFF;
        var invalid = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/"))
                                .header("X-Amz-Target", "AWSEvents.PutEvents")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(notUtf8))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(invalid.body()).contains("not valid UTF-8 at byte " + (notUtf8.length - 1));
    }

    @Test
    void requestsOutsideTheModelAreRefusedWhole() {
        var tooMany = IntStream.range(0, 11)
                .mapToObj(i -> entry("com.acme", "Many", "{}"))
                .toList();
        assertThatThrownBy(() -> events.putEvents(r -> r.entries(tooMany)))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void whatWasLearnedSurvivesARestartAndTheSameEventsMakeNoNewVersion() {
        String source = "com.durable." + UUID.randomUUID().toString().substring(0, 8);
        String schemaName = source + "@Saved";
        var batch = List.of(
                entry(source, "Saved", "{\"id\":\"a\",\"note\":null}"), entry(source, "Saved", "{\"id\":\"b\"}"));
        events.putEvents(r -> r.entries(batch));
        String before = schemas.describeSchema(
                        r -> r.registryName("discovered-schemas").schemaName(schemaName))
                .content();

        stopServer();
        startServer();

        events.putEvents(r -> r.entries(batch));
        assertThat(versions(schemaName)).containsExactly("1");
        assertThat(schemas.describeSchema(
                                r -> r.registryName("discovered-schemas").schemaName(schemaName))
                        .content())
                .isEqualTo(before);
    }
}
