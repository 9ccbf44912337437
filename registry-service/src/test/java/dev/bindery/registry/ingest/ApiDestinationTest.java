package dev.bindery.registry.ingest;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.schemas.SchemasClient;

/**
 * {@code POST /v1/events}, the EventBridge API-destination door: envelopes as an API destination sends
 * them are discovered, a retried envelope id is counted once, a bad envelope is a 400 naming the problem.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDestinationTest implements TestPropertyProvider {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.discovery.version-window", "0s");
        return properties;
    }

    /** An envelope as EventBridge hands a matched event to a target. */
    static String envelope(String id, String source, String detailType, String detail) {
        return """
                {"version":"0","id":"%s","detail-type":"%s","source":"%s","account":"123456789012",
                 "time":"2026-12-06T07:00:00Z","region":"eu-west-1",
                 "resources":["arn:aws:ec2:eu-west-1:123456789012:instance/i-1"],"detail":%s}""".formatted(id, detailType, source, detail);
    }

    static HttpResponse<String> post(EmbeddedServer server, String query, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/events" + query))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long eventCount(EmbeddedServer server, String schemaName) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.getURL()
                                + "/v1/registries/name/discovered-schemas/schemas/name/" + schemaName + "/statistics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("EventCount").asLong();
    }

    private JsonNode accepted(String query, String body) throws Exception {
        HttpResponse<String> response = post(server, query, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aSingleEnvelopeAndAnArrayAreDiscovered() throws Exception {
        String source = "com.example.orders." + UUID.randomUUID().toString().substring(0, 8);
        JsonNode single = accepted(
                "",
                envelope(UUID.randomUUID().toString(), source, "OrderPlaced", "{\"orderId\":\"O-1\",\"total\":12.5}"));
        assertThat(single.path("AcceptedCount").asInt()).isEqualTo(1);
        assertThat(single.path("Entries").get(0).path("EventId").asText()).isNotBlank();

        String firstId = UUID.randomUUID().toString();
        JsonNode array = accepted(
                "?eventBusName=default",
                "[" + envelope(firstId, source, "OrderPlaced", "{\"orderId\":\"O-2\",\"total\":3,\"coupon\":\"X\"}")
                        + ","
                        + envelope(UUID.randomUUID().toString(), source, "OrderPlaced", "[1]") + ","
                        + envelope(UUID.randomUUID().toString(), source, "OrderShipped", "{\"orderId\":\"O-2\"}")
                        + "]");
        assertThat(array.path("AcceptedCount").asInt()).isEqualTo(2);
        assertThat(array.path("FailedCount").asInt())
                .as("a bad envelope of an array fails alone")
                .isEqualTo(1);
        JsonNode entries = array.path("Entries");
        assertThat(entries.get(0).path("Id").asText()).isEqualTo(firstId);
        assertThat(entries.get(1).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(entries.get(2).path("EventId").asText()).isNotBlank();

        try (SchemasClient schemas = Clients.schemas(server.getURL())) {
            String content = schemas.describeSchema(
                            r -> r.registryName("discovered-schemas").schemaName(source + "@OrderPlaced"))
                    .content();
            assertThat(content).contains("\"orderId\"", "\"coupon\"");
        }
        assertThat(eventCount(server, source + "@OrderPlaced")).isEqualTo(2);
        assertThat(eventCount(server, source + "@OrderShipped")).isEqualTo(1);
    }

    @Test
    void aRetriedEnvelopeIdIsAnsweredAsBeforeAndCountedOnce() throws Exception {
        String source = "com.example.retries." + UUID.randomUUID().toString().substring(0, 8);
        String id = UUID.randomUUID().toString();
        String event = envelope(id, source, "Retried", "{\"n\":1}");
        JsonNode first = accepted("", event);
        JsonNode retry = accepted("", event);
        assertThat(retry.path("DuplicateCount").asInt()).isEqualTo(1);
        assertThat(retry.path("AcceptedCount").asInt()).isZero();
        assertThat(retry.path("Entries").get(0).path("Duplicate").asBoolean()).isTrue();
        assertThat(retry.path("Entries").get(0).path("EventId").asText())
                .isEqualTo(first.path("Entries").get(0).path("EventId").asText());

        String other = UUID.randomUUID().toString();
        JsonNode array = accepted(
                "",
                "[" + envelope(other, source, "Retried", "{\"n\":2}") + "," + event + ","
                        + envelope(other, source, "Retried", "{\"n\":2}") + "]");
        assertThat(array.path("AcceptedCount").asInt()).isEqualTo(1);
        assertThat(array.path("DuplicateCount").asInt())
                .as("one delivered before, one repeated in the body")
                .isEqualTo(2);
        assertThat(array.path("Entries").get(2).path("EventId").asText())
                .isEqualTo(array.path("Entries").get(0).path("EventId").asText());

        assertThat(eventCount(server, source + "@Retried")).isEqualTo(2);
        // the same id on another bus is another delivery (only the default bus is discovered here)
        assertThat(accepted("?eventBusName=other", event).path("AcceptedCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void aBadEnvelopeIsRefusedWithA400NamingTheProblem() throws Exception {
        HttpResponse<String> noDetailType = post(server, "", """
                {"version":"0","id":"x-1","source":"com.example.bad","detail":{"a":1}}""");
        assertThat(noDetailType.statusCode()).isEqualTo(400);
        assertThat(noDetailType.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(JSON.readTree(noDetailType.body()).path("Message").asText())
                .contains("InvalidArgument", "DetailType is a required argument");

        HttpResponse<String> notJson = post(server, "", "{\"id\":\"x-2\",");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not valid JSON");

        HttpResponse<String> notAnObject = post(server, "", "\"hello\"");
        assertThat(notAnObject.statusCode()).isEqualTo(400);
        assertThat(notAnObject.body()).contains("must be a JSON object");

        HttpResponse<String> empty = post(server, "", "[]");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("1 to 10 envelopes");

        HttpResponse<String> badBus =
                post(server, "?eventBusName=no%20spaces", envelope("x-3", "com.example.bad", "T", "{}"));
        assertThat(badBus.statusCode()).isEqualTo(400);
        assertThat(badBus.body()).contains("EventBusName");

        // the envelope's scan vouches for its members; the detail is the fold's, which refuses it
        String repeatedKey = envelope("x-4", "com.example.bad", "T", "{\"a\":1,\"a\":2}");
        HttpResponse<String> refused = post(server, "", repeatedKey);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("Message").asText())
                .contains("MalformedDetail", "Duplicate field 'a'");
        assertThat(post(server, "", repeatedKey).statusCode())
                .as("refused again, not answered as a duplicate of a delivery")
                .isEqualTo(400);
    }
}
