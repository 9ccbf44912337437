package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The wire details AWS clients depend on, checked on raw HTTP: tolerated bodies, the error format
 * for every failure (also those the framework raises), ISO-8601 timestamps, health, the published
 * API description and the access log.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireFormatTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertAwsError(HttpResponse<String> response, int status, String code, String messagePart)
            throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(code);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("Code").asText()).isEqualTo(code);
        assertThat(body.path("Message").asText()).contains(messagePart);
        assertThat(response.body()).doesNotContain("Exception:", "at dev.", "at io.");
    }

    @Test
    void createAcceptsNoBodyAnEmptyBodyAndEmptyObjectWithoutContentType() throws Exception {
        assertThat(send("POST", "/v1/registries/name/r-" + UUID.randomUUID(), null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/v1/registries/name/r-" + UUID.randomUUID(), "")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> created = send("POST", "/v1/registries/name/r-" + UUID.randomUUID(), "{}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json.readTree(created.body()).has("tags")).isTrue();
    }

    @Test
    void malformedJsonIsABadRequestNamingTheLocation() throws Exception {
        assertAwsError(
                send("POST", "/v1/registries/name/broken", "{\"Description\": \"x\",\n \"tags\": {"),
                400,
                "BadRequestException",
                "line 2");
    }

    @Test
    void limitsAreNamedByTheirValueNotByTheLibrarySettingThem() throws Exception {
        String deep = "{\"Description\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}";
        HttpResponse<String> schemas = send("POST", "/v1/registries/name/deep", deep);
        assertAwsError(schemas, 400, "BadRequestException", "exceeds the maximum allowed (1000)");
        HttpResponse<String> events = send(
                "POST",
                "/",
                "{\"Entries\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}",
                "X-Amz-Target",
                "AWSEvents.PutEvents",
                "Content-Type",
                "application/x-amz-json-1.1");
        assertThat(events.statusCode()).isEqualTo(400);
        assertThat(json.readTree(events.body()).path("message").asText())
                .contains("exceeds the maximum allowed (1000)");
        for (HttpResponse<String> response : java.util.List.of(schemas, events)) {
            assertThat(response.body()).doesNotContain("StreamReadConstraints", "getMax", "`", "Source:");
        }
    }

    @Test
    void textAfterTheJsonBodyIsRefusedAndTheOperationDoesNotRun() throws Exception {
        String name = "r-" + UUID.randomUUID();
        assertAwsError(
                send("POST", "/v1/registries/name/" + name, "{\"Description\":\"x\"} xyz"),
                400,
                "BadRequestException",
                "not valid JSON");
        assertThat(send("GET", "/v1/registries/name/" + name, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> cloudEvent = send(
                "POST",
                "/v1/cloudevents",
                "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"s\",\"type\":\"t\",\"data\":{}} {}",
                "Content-Type",
                "application/cloudevents+json");
        assertAwsError(cloudEvent, 400, "BadRequestException", "not valid JSON");

        HttpResponse<String> putEvents = send(
                "POST",
                "/",
                "{\"Entries\":[{\"Source\":\"s\",\"DetailType\":\"T\",\"Detail\":\"{}\"}]} trailing",
                "X-Amz-Target",
                "AWSEvents.PutEvents",
                "Content-Type",
                "application/x-amz-json-1.1");
        assertThat(putEvents.statusCode()).isEqualTo(400);
        assertThat(putEvents.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    }

    @Test
    void wrongMemberTypesAreRefusedNotCoerced() throws Exception {
        assertAwsError(
                send("POST", "/v1/registries/name/typed", "{\"Description\": 5}"),
                400,
                "BadRequestException",
                "Description must be a string");
        assertAwsError(
                send("POST", "/v1/registries/name/typed", "{\"tags\": {\"a\": 1}}"),
                400,
                "BadRequestException",
                "tags.a must be a string");
        assertAwsError(
                send("POST", "/v1/registries/name/typed", "[1,2]"),
                400,
                "BadRequestException",
                "must be a JSON object");
    }

    @Test
    void frameworkErrorsUseTheAwsFormatToo() throws Exception {
        assertAwsError(send("GET", "/v1/nothing-here", null), 404, "NotFoundException", "");
        assertAwsError(send("GET", "/v1/registries?limit=many", null), 400, "BadRequestException", "limit");
    }

    @Test
    void timestampsAreIso8601Strings() throws Exception {
        String registry = "ts-" + UUID.randomUUID().toString().substring(0, 8);
        send("POST", "/v1/registries/name/" + registry, null);
        HttpResponse<String> created = send(
                "POST",
                "/v1/registries/name/" + registry + "/schemas/name/s",
                "{\"Type\":\"OpenApi3\",\"Content\":" + json.writeValueAsString(Schemas.openApi("S", "a")) + "}",
                "Content-Type",
                "application/json");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("LastModified").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(body.path("VersionCreatedDate").isTextual()).isTrue();
        assertThat(body.has("Content")).isFalse();
    }

    @Test
    void deletesAnswer204WithoutABody() throws Exception {
        String registry = "del-" + UUID.randomUUID().toString().substring(0, 8);
        send("POST", "/v1/registries/name/" + registry, null);
        HttpResponse<String> deleted = send("DELETE", "/v1/registries/name/" + registry, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void healthAndTheApiDescriptionArePublished() throws Exception {
        HttpResponse<String> health = send("GET", "/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        HttpResponse<String> openApi = send("GET", "/openapi/bindery-1.0.yml", null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body())
                .contains(
                        "operationId: DescribeSchema",
                        "operationId: UpdateSchema",
                        "operationId: TagResource",
                        "operationId: PutResourcePolicy");
    }

    @Test
    void everyRequestIsLoggedOnceWithMethodPathStatusAndTime() throws Exception {
        Logger access = (Logger) LoggerFactory.getLogger("bindery.access");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        var previous = access.getLevel();
        access.setLevel(ch.qos.logback.classic.Level.INFO);
        access.addAppender(captured);
        try {
            send("GET", "/v1/registries/name/not-there", null);
            waitFor(() -> !captured.list.isEmpty());
        } finally {
            access.detachAppender(captured);
            access.setLevel(previous);
        }
        assertThat(captured.list).hasSize(1);
        assertThat(captured.list.get(0).getFormattedMessage())
                .matches("GET /v1/registries/name/not-there 404 \\d+\\.\\d\\dms");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
    }
}
