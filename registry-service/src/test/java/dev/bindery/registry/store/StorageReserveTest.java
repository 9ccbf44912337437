package dev.bindery.registry.store;

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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The embedded store keeps a free-space reserve: while the data directory's file system has less
 * free than {@code bindery.storage.min-free-space} (here more than any disk has), operations that
 * store something are refused with a 503 naming storage before H2 meets a full disk, and every
 * read (also the stateless inference that is a POST) goes on; health is DOWN. Runs everywhere,
 * unlike the real small disk of {@link StorageFailureTest}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageReserveTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.storage.min-free-space", "1000000000000000000");
        return properties;
    }

    @Test
    void writesAreRefusedWith503NamingStorageInTheirApisFormat() throws Exception {
        HttpResponse<String> created =
                send("POST", "/v1/registries/name/reserve", "{}", "Content-Type", "application/json");
        assertThat(created.statusCode()).isEqualTo(503);
        assertThat(created.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailableException");
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("Code").asText()).isEqualTo("ServiceUnavailableException");
        assertThat(body.path("Message").asText()).startsWith("Storage unavailable: the storage device is full");

        HttpResponse<String> put = send(
                "POST",
                "/",
                "{\"Entries\":[{\"Source\":\"com.reserve\",\"DetailType\":\"X\"," + "\"Detail\":\"{}\"}]}",
                "X-Amz-Target",
                "AWSEvents.PutEvents",
                "Content-Type",
                "application/x-amz-json-1.1");
        assertThat(put.statusCode()).isEqualTo(503);
        assertThat(put.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        JsonNode awsJson = json.readTree(put.body());
        assertThat(awsJson.path("__type").asText()).isEqualTo("ServiceUnavailableException");
        assertThat(awsJson.path("message").asText()).startsWith("Storage unavailable");

        assertThat(send(
                                "POST",
                                "/v1/events/ndjson",
                                "{\"source\":\"a\",\"detail-type\":\"b\",\"detail\":{}}\n",
                                "Content-Type",
                                "application/x-ndjson")
                        .statusCode())
                .isEqualTo(503);
        assertThat(send("GET", "/v1/registries/name/reserve", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void readsGoOn() throws Exception {
        assertThat(send("GET", "/v1/registries", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/v1/registries/name/discovered-schemas", null).statusCode())
                .isEqualTo(200);
        assertThat(send(
                                "POST",
                                "/v1/discover",
                                "{\"Type\":\"OpenApi3\",\"Events\":[\"{\\\"a\\\":1}\"]}",
                                "Content-Type",
                                "application/json")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void healthIsDown() throws Exception {
        HttpResponse<String> health = send("GET", "/health", null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("DOWN");
        assertThat(send("GET", "/health/liveness", null).statusCode()).isEqualTo(200);
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
}
