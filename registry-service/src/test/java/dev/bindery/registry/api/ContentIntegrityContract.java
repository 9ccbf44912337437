package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.content.ContentHash;
import dev.bindery.registry.store.ContentRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Content is valid Unicode and is addressed by the exact bytes stored: a lone surrogate or bytes that
 * are not UTF-8 are refused with their position, never stored as {@code ?} or U+FFFD, and two
 * different contents never share a hash. Subclasses run it against each supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContentIntegrityContract {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @Inject
    ContentRepository contents;

    private HttpResponse<String> send(String method, String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A CreateSchema or UpdateSchema body whose content's description is {@code marker} as written in JSON. */
    private byte[] schemaBody(String markerAsJson) throws Exception {
        String content = Schemas.openApi("Order", "id").replace("\"description\":\"\"", "\"description\":\"MARK\"");
        String body = json.writeValueAsString(Map.of("Type", "OpenApi3", "Content", content));
        return body.replace("MARK", markerAsJson).getBytes(StandardCharsets.UTF_8);
    }

    private String newRegistry() throws Exception {
        String registry = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("POST", "/v1/registries/name/" + registry, new byte[0]).statusCode())
                .isEqualTo(201);
        return registry;
    }

    private static void assertBadRequest(HttpResponse<String> response, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(response.body()).contains(messagePart);
    }

    @Test
    void aLoneSurrogateInContentIsRefusedWithItsPositionAndNotStoredAsAQuestionMark() throws Exception {
        String registry = newRegistry();
        String path = "/v1/registries/name/" + registry + "/schemas/name/";
        assertThat(send("POST", path + "Plain", schemaBody("?")).statusCode()).isEqualTo(201);

        HttpResponse<String> created = send("POST", path + "Surrogate", schemaBody("\\ud800"));
        assertBadRequest(created, "Content");
        assertThat(created.body()).contains("unpaired surrogate \\\\uD800 at character");
        assertThat(send("GET", path + "Surrogate", new byte[0]).statusCode()).isEqualTo(404);

        HttpResponse<String> updated = send("PUT", path + "Plain", schemaBody("\\ud800"));
        assertBadRequest(updated, "unpaired surrogate");
        assertThat(updated.body()).doesNotContain("No change");
    }

    @Test
    void aLoneSurrogateInAnyMemberIsRefused() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/v1/registries/name/reg-" + UUID.randomUUID().toString().substring(0, 8),
                "{\"Description\":\"a\\udc00b\"}".getBytes(StandardCharsets.UTF_8));
        assertBadRequest(response, "Parameter Description is not valid. Reason: it holds an unpaired surrogate");
    }

    @Test
    void contentIsAddressedByTheExactBytesStored() throws Exception {
        String registry = newRegistry();
        HttpResponse<String> created =
                send("POST", "/v1/registries/name/" + registry + "/schemas/name/Emoji", schemaBody("\\ud83d\\ude00 é"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String content = json.readTree(
                        send("GET", "/v1/registries/name/" + registry + "/schemas/name/Emoji", new byte[0])
                                .body())
                .path("Content")
                .asText();
        assertThat(content).contains("\uD83D\uDE00 é");

        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        assertThat(ContentHash.of(content)).isEqualTo(hash);
        assertThat(contents.findById(hash))
                .hasValueSatisfying(row -> assertThat(row.content()).isEqualTo(content));
        assertThatThrownBy(() -> ContentHash.of("a\uD800")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ContentHash.of("a\uD800".replace('\uD800', '?'))).isNotBlank();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() throws Exception {
        String registry = newRegistry();
        byte[] body = schemaBody("caf\u00e9");
        byte[] broken = new String(body, StandardCharsets.UTF_8)
                .replace("caf\u00e9", "cafX")
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(broken, StandardCharsets.UTF_8).indexOf("cafX") + 3;
        broken[at] = (byte) 0xE9; // Latin-1 é: not UTF-8
        HttpResponse<String> created = send("POST", "/v1/registries/name/" + registry + "/schemas/name/Latin1", broken);
        assertBadRequest(created, "not valid UTF-8 at byte " + at);
        assertThat(send("GET", "/v1/registries/name/" + registry + "/schemas/name/Latin1", new byte[0])
                        .statusCode())
                .isEqualTo(404);

        byte[] description = "{\"Description\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertBadRequest(send("PUT", "/v1/registries/name/" + registry, description), "not valid UTF-8 at byte 19");
        JsonNode described = json.readTree(
                send("GET", "/v1/registries/name/" + registry, new byte[0]).body());
        assertThat(described.has("Description")).isFalse();
    }

    @Test
    void cloudEventsThatAreNotUtf8AreRefused() throws Exception {
        byte[] event =
                "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"s\",\"type\":\"t\",\"data\":{\"name\":\"caf\u00e9\"}}"
                        .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> structured =
                send("POST", "/v1/cloudevents", event, "Content-Type", "application/cloudevents+json");
        assertBadRequest(structured, "not valid UTF-8 at byte");

        HttpResponse<String> binary = send(
                "POST",
                "/v1/cloudevents",
                "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
                "Content-Type",
                "application/json",
                "ce-specversion",
                "1.0",
                "ce-id",
                "1",
                "ce-source",
                "s",
                "ce-type",
                "t");
        assertBadRequest(binary, "not valid UTF-8 at byte 12");
    }
}
