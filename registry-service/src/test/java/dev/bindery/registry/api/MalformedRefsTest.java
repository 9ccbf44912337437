package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code $ref} whose fragment is not a JSON pointer (a bad percent-escape) or whose array index does not fit an
 * {@code int} is refused with a 400 that names the reference, by CreateSchema, UpdateSchema and the compatibility
 * check alike, and nothing is stored (#12 item 7).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRefsTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An OpenAPI document whose {@code Order} component has an {@code allOf} and a property with {@code ref}. */
    private static String body(String ref) throws Exception {
        String content = "{\"openapi\":\"3.0.0\",\"info\":{\"version\":\"1.0.0\",\"title\":\"Order\"},\"paths\":{},"
                + "\"components\":{\"schemas\":{\"Order\":{\"type\":\"object\",\"allOf\":[{\"type\":\"object\"}],"
                + "\"properties\":{\"id\":{\"type\":\"string\"},\"x\":{\"$ref\":" + JSON.writeValueAsString(ref)
                + "}}}}}}";
        return JSON.writeValueAsString(Map.of("Type", "OpenApi3", "Content", content));
    }

    private static void assertNamesTheRef(HttpResponse<String> response, String ref, String problem) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(response.body())
                .contains("$ref '" + ref + "' at /components/schemas/Order/properties/x")
                .contains(problem)
                .doesNotContain("URLDecoder")
                .doesNotContain("NumberFormat");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "#/components/schemas/%zz     | '%zz' at character 20 is not a percent-escape",
                "#/components/schemas/A%      | '%' at character 21 is an incomplete percent-escape",
                "#/components/schemas/A%4     | '%4' at character 21 is an incomplete percent-escape",
                "#/components/schemas/%C3%28  | its percent-escaped bytes are not UTF-8",
                "#/components/schemas/Order~2 | '~' must be followed by '0' or '1'",
                "#/components/schemas/Order/allOf/2147483648 | points at nothing in the document",
                "#/components/schemas/Order/allOf/99999999999999999999 | points at nothing in the document"
            })
    void createUpdateAndCheckRefuseTheRefByName(String ref, String problem) throws Exception {
        String registry = "refs-" + UUID.randomUUID().toString().substring(0, 8);
        String schemaPath = "/v1/registries/name/" + registry + "/schemas/name/Order";
        assertThat(send("POST", "/v1/registries/name/" + registry, "{}").statusCode())
                .isEqualTo(201);

        assertNamesTheRef(send("POST", schemaPath, body(ref)), ref, problem);
        assertThat(send("GET", schemaPath, "").statusCode()).isEqualTo(404);

        String good = body("#/components/schemas/Order/allOf/0");
        assertThat(send("POST", schemaPath, good).statusCode()).isEqualTo(201);
        assertNamesTheRef(send("PUT", schemaPath, body(ref)), ref, problem);
        assertNamesTheRef(send("POST", schemaPath + "/compatibility/check", body(ref)), ref, problem);
        assertThat(JSON.readTree(send("GET", schemaPath, "").body())
                        .path("SchemaVersion")
                        .asText())
                .isEqualTo("1");
    }
}
