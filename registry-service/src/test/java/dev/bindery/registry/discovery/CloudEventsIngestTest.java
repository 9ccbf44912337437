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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;

/** The CloudEvents HTTP binding: structured, batched and binary events are discovered like PutEvents'. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudEventsIngestTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(Databases.h2());
        properties.put("bindery.discovery.version-window", "0s");
        return properties;
    }

    private JsonNode post(String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/cloudevents"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void structuredBatchedAndBinaryEventsAreDiscovered() throws Exception {
        JsonNode single = post("application/cloudevents+json", """
                {"specversion":"1.0","id":"1","source":"com.example.tickets","type":"ticket.created",
                 "time":"2026-01-01T10:00:00+01:00","datacontenttype":"application/json",
                 "data":{"ticketId":"T-1","priority":"high"}}""");
        assertThat(single.path("FailedEntryCount").asInt()).isZero();
        assertThat(single.path("Entries").get(0).path("EventId").asText()).isNotBlank();

        JsonNode batch = post("application/cloudevents-batch+json", """
                [{"specversion":"1.0","id":"2","source":"com.example.tickets","type":"ticket.created",
                  "data":{"ticketId":"T-2","priority":"low","tags":["a"]}},
                 {"specversion":"1.0","id":"3","source":"com.example.tickets","type":"ticket.created","data":[1]},
                 {"specversion":"1.0","id":"4","type":"ticket.created","data":{}}]""");
        assertThat(batch.path("FailedEntryCount").asInt()).isEqualTo(2);
        assertThat(batch.path("Entries").get(1).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(batch.path("Entries").get(2).path("ErrorMessage").asText()).contains("Source");

        JsonNode binary = post(
                "application/json",
                "{\"ticketId\":\"T-3\",\"priority\":\"low\",\"assignee\":null}",
                "ce-specversion",
                "1.0",
                "ce-id",
                "5",
                "ce-source",
                "com.example.tickets",
                "ce-type",
                "ticket.created");
        assertThat(binary.path("FailedEntryCount").asInt()).isZero();

        JsonNode text = post(
                "text/plain",
                "hello",
                "ce-specversion",
                "1.0",
                "ce-id",
                "6",
                "ce-source",
                "com.example.tickets",
                "ce-type",
                "ticket.created");
        assertThat(text.path("Entries").get(0).path("ErrorCode").asText()).isEqualTo("MalformedDetail");

        try (SchemasClient schemas = Clients.schemas(server.getURL())) {
            String content = schemas.describeSchema(
                            r -> r.registryName("discovered-schemas").schemaName("com.example.tickets@ticket.created"))
                    .content();
            assertThat(content)
                    .contains("\"x-amazon-events-detail-type\": \"ticket.created\"", "\"ticketId\"", "\"assignee\"");
        }
    }

    @Test
    void everyDoorRequiresTheSpecsAttributesAndRefusesRepeatedKeysPerEvent() throws Exception {
        JsonNode batch = post("application/cloudevents-batch+json", """
                [{"id":"1","source":"com.example.strict","type":"t"},
                 {"specversion":"1.0","source":"com.example.strict","type":"t"},
                 {"specversion":"0.3","id":"3","source":"com.example.strict","type":"t"},
                 {"specversion":"1.0","id":"4","id":"4b","source":"com.example.strict","type":"t"},
                 {"specversion":"1.0","id":"5","source":"com.example.strict","type":"t","data":{"a":1,"a":2}},
                 {"specversion":"1.0","id":"6","source":"com.example.strict","type":"t","data":{"a":1}}]""");
        JsonNode entries = batch.path("Entries");
        assertThat(batch.path("FailedEntryCount").asInt()).isEqualTo(5);
        assertThat(entries.get(0).path("ErrorMessage").asText()).contains("no 'specversion' attribute");
        assertThat(entries.get(1).path("ErrorMessage").asText()).contains("no 'id' attribute");
        assertThat(entries.get(2).path("ErrorMessage").asText()).contains("specversion is '0.3'");
        assertThat(entries.get(3).path("ErrorCode").asText()).isEqualTo("InvalidArgument");
        assertThat(entries.get(3).path("ErrorMessage").asText()).contains("repeats an attribute", "'id'");
        assertThat(entries.get(4).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(entries.get(4).path("ErrorMessage").asText()).contains("'a'");
        assertThat(entries.get(5).path("EventId").asText()).isNotBlank();
        for (int i = 0; i < 3; i++) {
            assertThat(entries.get(i).path("ErrorCode").asText()).isEqualTo("InvalidArgument");
        }

        JsonNode single = post(
                "application/cloudevents+json",
                "{\"specversion\":\"1.0\",\"source\":\"s\",\"source\":\"t\",\"id\":\"1\",\"type\":\"t\"}");
        assertThat(single.path("Entries").get(0).path("ErrorMessage").asText()).contains("repeats an attribute");

        JsonNode binary = post(
                "application/json", "{}", "ce-specversion", "1.0", "ce-source", "com.example.strict", "ce-type", "t");
        assertThat(binary.path("Entries").get(0).path("ErrorMessage").asText()).contains("no 'id' attribute");

        try (EventBridgeClient events = Clients.events(server.getURL())) {
            var put = events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                    .source("com.example.strict")
                    .detailType("t")
                    .detail("{\"a\":1,\"a\":2}")
                    .build()));
            assertThat(put.entries().get(0).errorCode())
                    .as("the same detail fails PutEvents' entry the same way")
                    .isEqualTo(entries.get(4).path("ErrorCode").asText());
        }
    }
}
