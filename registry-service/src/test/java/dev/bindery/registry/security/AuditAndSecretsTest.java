package dev.bindery.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.LogCapture;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The audit trail, the management API's answers and the logs, with authentication on: writes and
 * refusals are recorded and can be filtered; secrets are shown once, at creation, and appear in no
 * log line and no later answer; the first admin's key is written to an owner-only file.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditAndSecretsTest implements TestPropertyProvider {

    private final Map<String, String> h2 = Databases.h2();

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(h2);
        properties.putAll(AccessTableContract.AUTH_ON);
        return properties;
    }

    @Test
    void theFirstAdminsKeyIsInAnOwnerOnlyFileInTheDataDirectoryAndWorks() throws Exception {
        Path file = Path.of(h2.get("bindery.data-dir")).resolve("admin-credentials");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(send("GET", "/v1/principals", null, adminBasic()).statusCode())
                .isEqualTo(200);
        Path key = Path.of(h2.get("bindery.data-dir")).resolve("auth-secret.key");
        assertThat(Files.getPosixFilePermissions(key))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void secretsAreShownOnceAndNeverLoggedOrAnsweredAgain() throws Exception {
        List<String> secrets = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        try (LogCapture logs = LogCapture.everything()) {
            String admin = adminBasic();
            secrets.add(admin);
            secrets.add(
                    new String(Base64.getDecoder().decode(admin.substring("Basic ".length())), StandardCharsets.UTF_8)
                            .split(":", 2)[1]);
            send("POST", "/v1/principals/name/sam", "{\"Role\":\"writer\",\"Registries\":[\"orders\"]}", admin);
            JsonNode key = json.readTree(send("POST", "/v1/principals/name/sam/access-keys", "", admin)
                    .body());
            JsonNode token =
                    json.readTree(send("POST", "/v1/principals/name/sam/tokens", "{\"ExpiresInSeconds\":600}", admin)
                            .body());
            String secret = key.path("SecretAccessKey").asText();
            String bearer = token.path("Token").asText();
            assertThat(secret).hasSize(40);
            assertThat(bearer).startsWith("bdt_");
            secrets.add(secret);
            secrets.add(bearer);
            secrets.add(bearer.substring(bearer.lastIndexOf('_') + 1));

            String basic = "Basic "
                    + Base64.getEncoder()
                            .encodeToString(
                                    (key.path("AccessKeyId").asText() + ":" + secret).getBytes(StandardCharsets.UTF_8));
            assertThat(send("POST", "/v1/registries/name/orders", "{}", admin).statusCode())
                    .isEqualTo(201);
            assertThat(send("GET", "/v1/registries/name/orders", null, basic).statusCode())
                    .isEqualTo(200);
            assertThat(send("GET", "/v1/registries/name/orders", null, "Bearer " + bearer)
                            .statusCode())
                    .isEqualTo(200);
            // wrong secrets: refused, and the wrong guess is not logged either
            String wrong = "Basic "
                    + Base64.getEncoder()
                            .encodeToString((key.path("AccessKeyId").asText() + ":not-the-secret-0123456789")
                                    .getBytes(StandardCharsets.UTF_8));
            secrets.add("not-the-secret-0123456789");
            assertThat(send("GET", "/v1/registries/name/orders", null, wrong).statusCode())
                    .isEqualTo(401);
            assertThat(send("GET", "/v1/registries/name/orders", null, "Bearer " + bearer + "x")
                            .statusCode())
                    .isEqualTo(401);

            for (String path : List.of(
                    "/v1/principals/name/sam",
                    "/v1/principals/name/sam/access-keys",
                    "/v1/principals/name/sam/tokens",
                    "/v1/principals",
                    "/v1/audit")) {
                answers.add(send("GET", path, null, admin).body());
            }
            assertThat(String.join("\n", logs.lines())).doesNotContain(secrets);
            assertThat(logs.lines())
                    .anyMatch(line -> line.contains("bindery.audit") && line.contains("CreateAccessKey"));
        }
        assertThat(String.join("\n", answers)).doesNotContain(secrets);
    }

    @Test
    void writesAndRefusalsAreAuditedAndFilterable() throws Exception {
        String admin = adminBasic();
        Instant before = Instant.now().minusSeconds(1);
        send("POST", "/v1/principals/name/rita", "{\"Role\":\"reader\"}", admin);
        String rita = "Bearer "
                + json.readTree(send("POST", "/v1/principals/name/rita/tokens", "{}", admin)
                                .body())
                        .path("Token")
                        .asText();
        send("POST", "/v1/registries/name/audited", "{}", admin);
        assertThat(send("DELETE", "/v1/registries/name/audited", null, rita).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/v1/registries/name/audited", null, "Bearer bdt_nope")
                        .statusCode())
                .isEqualTo(401);

        JsonNode mine = audit("?principal=rita&from=" + before, admin);
        assertThat(mine.path("AuditEvents")).hasSize(1);
        JsonNode refusal = mine.path("AuditEvents").get(0);
        assertThat(refusal.path("Operation").asText()).isEqualTo("DeleteRegistry");
        assertThat(refusal.path("Outcome").asText()).isEqualTo("DENIED");
        assertThat(refusal.path("Status").asInt()).isEqualTo(403);
        assertThat(refusal.path("Resource").asText())
                .isEqualTo("arn:aws:schemas:us-east-1:123456789012:registry/audited");
        assertThat(refusal.path("SourceAddress").asText()).isEqualTo("127.0.0.1");

        JsonNode registry = audit(
                "?resource="
                        + URLEncoder.encode(
                                "arn:aws:schemas:us-east-1:123456789012:registry/audited", StandardCharsets.UTF_8),
                admin);
        assertThat(registry.path("AuditEvents").findValuesAsText("Outcome")).containsExactly("DENIED", "ALLOWED");
        assertThat(registry.path("AuditEvents").get(1).path("Operation").asText())
                .isEqualTo("CreateRegistry");
        assertThat(registry.path("AuditEvents").get(1).path("Principal").asText())
                .isEqualTo("admin");
        assertThat(registry.path("AuditEvents").get(1).path("Status").asInt()).isEqualTo(201);

        JsonNode anonymous = audit("?from=" + before + "&limit=100", admin);
        assertThat(anonymous.path("AuditEvents"))
                .anyMatch(e -> e.path("Status").asInt() == 401
                        && !e.has("Principal")
                        && e.path("Operation").asText().equals("DescribeRegistry"));
        // reads are not audited
        assertThat(anonymous.path("AuditEvents").findValuesAsText("Operation")).doesNotContain("ListPrincipals");

        List<String> paged = new ArrayList<>();
        String next = "";
        do {
            JsonNode page = audit("?limit=2&from=" + before + (next.isEmpty() ? "" : "&nextToken=" + next), admin);
            page.path("AuditEvents").forEach(e -> paged.add(e.toString()));
            next = page.path("NextToken").asText("");
        } while (!next.isEmpty());
        List<String> all = new ArrayList<>();
        anonymous.path("AuditEvents").forEach(e -> all.add(e.toString()));
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(send("GET", "/v1/audit?from=yesterday", null, admin).statusCode())
                .isEqualTo(400);
    }

    @Test
    void anExpiredTokenIsRefusedSayingSo() throws Exception {
        String admin = adminBasic();
        send("POST", "/v1/principals/name/brief", "{\"Role\":\"reader\"}", admin);
        String token = json.readTree(send("POST", "/v1/principals/name/brief/tokens", "{\"ExpiresInSeconds\":1}", admin)
                        .body())
                .path("Token")
                .asText();
        assertThat(send("GET", "/v1/registries", null, "Bearer " + token).statusCode())
                .isEqualTo(200);
        Thread.sleep(1_100);
        HttpResponse<String> expired = send("GET", "/v1/registries", null, "Bearer " + token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("x-amzn-ErrorType")).contains("UnauthorizedException");
        assertThat(expired.body()).contains("expired");
    }

    @Test
    void aDeletedPrincipalsTokenStopsWorkingAtOnce() throws Exception {
        String admin = adminBasic();
        send("POST", "/v1/principals/name/leaver", "{\"Role\":\"reader\"}", admin);
        String token = json.readTree(send("POST", "/v1/principals/name/leaver/tokens", "{}", admin)
                        .body())
                .path("Token")
                .asText();
        assertThat(send("GET", "/v1/registries", null, "Bearer " + token).statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/v1/principals/name/leaver", null, admin).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/v1/registries", null, "Bearer " + token).statusCode())
                .isEqualTo(401);
    }

    @Test
    void badManagementInputIsRefusedByName() throws Exception {
        String admin = adminBasic();
        assertThat(send("POST", "/v1/principals/name/x", "{\"Role\":\"superuser\"}", admin)
                        .body())
                .contains("superuser");
        assertThat(send("POST", "/v1/principals/name/bad%20name", "{\"Role\":\"reader\"}", admin)
                        .body())
                .contains("PrincipalName");
        assertThat(send("POST", "/v1/principals/name/y", "{\"Role\":\"reader\",\"Registries\":[\"a,b\"]}", admin)
                        .body())
                .contains("Registries pattern");
        assertThat(send("POST", "/v1/principals/name/admin", "{\"Role\":\"reader\"}", admin)
                        .statusCode())
                .isEqualTo(409);
        assertThat(send("POST", "/v1/principals/name/nobody/tokens", "{\"ExpiresInSeconds\":0}", admin)
                        .statusCode())
                .isEqualTo(404);
    }

    private JsonNode audit(String query, String auth) throws Exception {
        HttpResponse<String> response = send("GET", "/v1/audit" + query, null, auth);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String adminBasic() throws Exception {
        Path file = Path.of(h2.get("bindery.data-dir")).resolve("admin-credentials");
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((values.get("aws_access_key_id") + ":" + values.get("aws_secret_access_key"))
                                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
