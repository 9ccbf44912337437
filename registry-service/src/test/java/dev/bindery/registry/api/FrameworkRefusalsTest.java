package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Refusals a framework filter makes before any controller runs are in the AWS format too. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrameworkRefusalsTest implements TestPropertyProvider {

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
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .headers(headers);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCrossOriginRequestToTheLoopbackServerIsAForbiddenExceptionInTheSchemasApi() throws Exception {
        HttpResponse<String> refused = send("GET", "/v1/registries", null, "Origin", "null");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("ForbiddenException");
        JsonNode body = json.readTree(refused.body());
        assertThat(body.path("Code").asText()).isEqualTo("ForbiddenException");
        assertThat(body.path("Message").asText()).contains("Cross-origin request refused", "localhost");
    }

    @Test
    void aCrossOriginPutEventsIsAnAccessDeniedExceptionInAwsJson() throws Exception {
        HttpResponse<String> refused = send(
                "POST",
                "/",
                "{\"Entries\":[]}",
                "Origin",
                "https://example.com",
                "X-Amz-Target",
                "AWSEvents.PutEvents",
                "Content-Type",
                "application/x-amz-json-1.1");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("AccessDeniedException");
        JsonNode body = json.readTree(refused.body());
        assertThat(body.path("__type").asText()).isEqualTo("AccessDeniedException");
        assertThat(body.path("message").asText()).contains("Cross-origin request refused");
    }

    @Test
    void aLocalhostOriginIsServed() throws Exception {
        assertThat(send("GET", "/v1/registries", null, "Origin", "http://localhost:3000")
                        .statusCode())
                .isEqualTo(200);
    }
}
