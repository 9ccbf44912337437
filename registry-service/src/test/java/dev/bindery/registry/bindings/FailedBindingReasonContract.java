package dev.bindery.registry.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A code binding that fails says why, in DescribeCodeBinding's {@code FailureReason} (a Bindery extension) and in
 * GetCodeBindingSource's NotFoundException message, as stored with the binding (#12 item 16). Subclasses run it
 * against each supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FailedBindingReasonContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String openApi(String schemas) {
        return "{\"openapi\":\"3.0.0\",\"info\":{\"version\":\"1.0.0\",\"title\":\"T\"},\"paths\":{},"
                + "\"components\":{\"schemas\":{" + schemas + "}}}";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"A\":{\"$ref\":\"#/components/schemas/B\"},\"B\":{\"$ref\":\"#/components/schemas/A\"} "
                        + "| $ref cycle with no schema of its own",
                "\"L\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/L\"}} "
                        + "| recursive type with no class on the way",
                "\"R\":{\"type\":\"object\",\"properties\":{\"x\":{\"$ref\":\"https://example.com/x.json\"}}} "
                        + "| remote reference https://example.com/x.json is not fetched"
            })
    void aFailedBindingSaysWhyInDescribeAndInGetSource(String schemas, String reason) throws Exception {
        String registry = "bind-" + UUID.randomUUID().toString().substring(0, 8);
        String schema = "/v1/registries/name/" + registry + "/schemas/name/S";
        assertThat(send("POST", "/v1/registries/name/" + registry, "{}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> created =
                send("POST", schema, JSON.writeValueAsString(Map.of("Type", "OpenApi3", "Content", openApi(schemas))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String binding = schema + "/language/Java17";
        HttpResponse<String> put = send("POST", binding, "");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(202);
        JsonNode described = JSON.readTree(send("GET", binding, "").body());
        for (int i = 0; i < 200 && described.path("Status").asText().equals("CREATE_IN_PROGRESS"); i++) {
            Thread.sleep(50);
            described = JSON.readTree(send("GET", binding, "").body());
        }
        assertThat(described.path("Status").asText()).isEqualTo("CREATE_FAILED");
        assertThat(described.path("FailureReason").asText())
                .startsWith("The schema cannot be turned into Java17 code: ")
                .contains(reason)
                .doesNotContain("Exception")
                .doesNotContain("dev.bindery");

        HttpResponse<String> source = send("GET", binding + "/source", "");
        assertThat(source.statusCode()).isEqualTo(404);
        assertThat(source.headers().firstValue("x-amzn-ErrorType")).hasValue("NotFoundException");
        assertThat(JSON.readTree(source.body()).path("Message").asText())
                .contains("is CREATE_FAILED: " + described.path("FailureReason").asText());
    }
}
