package dev.bindery.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.RegistryProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store on a disk that is really full and on a data directory that is really
 * read-only. The registry runs in a user and mount namespace of its own ({@code unshare -rm}, no
 * privileges needed) where its data directory is an 8 MB tmpfs, or a read-only bind mount of a
 * directory a first run filled. Writes answer 503 {@code ServiceUnavailableException} naming
 * storage, in the Schemas API's format and in awsJson for PutEvents; reads keep working;
 * {@code /health} is DOWN.
 */
class StorageFailureTest {

    private static final String PUT_EVENTS =
            "{\"Entries\":[{\"Source\":\"com.disk\",\"DetailType\":\"Filled\"," + "\"Detail\":\"{\\\"n\\\":1}\"}]}";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;

    /** Each schema's content is different: content is stored once per hash. */
    private long seed;

    @BeforeAll
    static void namespacesAreAvailable(@TempDir Path probe) throws Exception {
        Process process = new ProcessBuilder(
                        "unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs \"$0\"", probe.toString())
                .redirectErrorStream(true)
                .start();
        assumeThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("unprivileged user and mount namespaces (unshare -rm) are needed to give the registry a small "
                        + "or read-only file system")
                .isTrue();
    }

    @Test
    void aDiskFillingUpRefusesWritesWith503BeforeTheDatabaseMeetsItAndReadsGoOn() throws Exception {
        try (RegistryProcess registry = RegistryProcess.start(
                data, RegistryProcess.freePort(), Map.of("bindery.storage.min-free-space", "2MB"), smallDisk())) {
            withLogs(registry, () -> {
                String url = registry.url().toString();
                HttpResponse<String> refused = fill(url);
                assertStorageError(refused, "full");
                for (int i = 0; i < 3; i++) {
                    assertThat(send(url, "GET", "/v1/registries/name/disk/schemas/name/first", null)
                                    .statusCode())
                            .isEqualTo(200);
                    assertThat(send(url, "GET", "/v1/registries/name/disk/schemas", null)
                                    .statusCode())
                            .isEqualTo(200);
                }
                assertStorageErrorAwsJson(send(
                        url,
                        "POST",
                        "/",
                        PUT_EVENTS,
                        "X-Amz-Target",
                        "AWSEvents.PutEvents",
                        "Content-Type",
                        "application/x-amz-json-1.1"));
                assertStorageError(send(url, "DELETE", "/v1/registries/name/disk/schemas/name/first", null), "full");
                assertDown(url);
                assertThat(send(url, "GET", "/v1/registries/name/disk/schemas/name/first", null)
                                .statusCode())
                        .isEqualTo(200);
            });
        }
    }

    @Test
    void aWriteThatMeetsTheFullDiskIsA503NamingStorage() throws Exception {
        // no reserve: H2 meets the full disk itself (and closes the database; it opens again when it can)
        try (RegistryProcess registry = RegistryProcess.start(
                data, RegistryProcess.freePort(), Map.of("bindery.storage.min-free-space", "0"), smallDisk())) {
            withLogs(registry, () -> {
                String url = registry.url().toString();
                assertStorageError(fill(url), "full");
                assertDown(url);
            });
        }
    }

    /** Runs the registry with an 8 MB tmpfs as its data directory. */
    private List<String> smallDisk() {
        return List.of(
                "unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=8m tmpfs \"$0\" && exec \"$@\"", data.toString());
    }

    /** Creates a registry and a small schema, then schemas of 90,000 random letters until one is refused. */
    private HttpResponse<String> fill(String url) throws Exception {
        assertThat(send(url, "POST", "/v1/registries/name/disk", "{}").statusCode())
                .isEqualTo(201);
        assertThat(send(url, "POST", "/v1/registries/name/disk/schemas/name/first", schema(100))
                        .statusCode())
                .isEqualTo(201);
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> created =
                    send(url, "POST", "/v1/registries/name/disk/schemas/name/s" + i, schema(90_000));
            if (created.statusCode() != 201) {
                return created;
            }
        }
        throw new AssertionError("200 schemas of 90,000 characters fitted on an 8 MB disk");
    }

    @Test
    void aReadOnlyDataDirectoryRefusesWritesWith503AndHealthSaysSo() throws Exception {
        int port = RegistryProcess.freePort();
        try (RegistryProcess registry = RegistryProcess.start(data, port, Map.of())) {
            String url = registry.url().toString();
            assertThat(send(url, "POST", "/v1/registries/name/ro", "{}").statusCode())
                    .isEqualTo(201);
            assertThat(send(url, "POST", "/v1/registries/name/ro/schemas/name/kept", schema(100))
                            .statusCode())
                    .isEqualTo(201);
            assertThat(send(url, "GET", "/health", null).statusCode()).isEqualTo(200);
        }
        try (RegistryProcess registry = RegistryProcess.start(
                data,
                port,
                Map.of(),
                List.of(
                        "unshare",
                        "-rm",
                        "sh",
                        "-c",
                        "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"",
                        data.toString()))) {
            String url = registry.url().toString();
            assertThat(send(url, "GET", "/v1/registries/name/ro/schemas/name/kept", null)
                            .statusCode())
                    .isEqualTo(200);
            assertStorageError(send(url, "POST", "/v1/registries/name/ro/schemas/name/new", schema(100)), "read-only");
            assertStorageError(send(url, "PUT", "/v1/registries/name/ro", "{\"Description\":\"x\"}"), "read-only");
            assertStorageErrorAwsJson(send(
                    url,
                    "POST",
                    "/",
                    PUT_EVENTS,
                    "X-Amz-Target",
                    "AWSEvents.PutEvents",
                    "Content-Type",
                    "application/x-amz-json-1.1"));
            assertThat(send(url, "GET", "/v1/registries/name/ro/schemas", null).statusCode())
                    .isEqualTo(200);
            assertDown(url);
        }
    }

    /** Runs the steps; a failure carries the registry's log. */
    private static void withLogs(RegistryProcess registry, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            registry.dumpThreads();
            throw new AssertionError(e.getMessage() + "\nregistry log:\n" + registry.logs(), e);
        }
    }

    private interface Steps {
        void run() throws Exception;
    }

    private void assertStorageError(HttpResponse<String> response, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailableException");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("Code").asText()).isEqualTo("ServiceUnavailableException");
        assertThat(body.path("Message").asText())
                .startsWith("Storage unavailable")
                .contains(reason);
        assertNoInternals(response.body());
    }

    private void assertStorageErrorAwsJson(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ServiceUnavailableException");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("__type").asText()).isEqualTo("ServiceUnavailableException");
        assertThat(body.path("message").asText()).startsWith("Storage unavailable");
        assertNoInternals(response.body());
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("SQL", "Exception:", "org.h2", "at dev.", "/tmp", "INSERT");
    }

    private void assertDown(String url) throws Exception {
        HttpResponse<String> health = send(url, "GET", "/health", null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("DOWN");
    }

    /** CreateSchema's body: an OpenAPI document with a new description of random letters (H2 cannot compress it). */
    private String schema(int descriptionLength) throws Exception {
        Random random = new Random(seed++);
        StringBuilder description = new StringBuilder(descriptionLength);
        for (int i = 0; i < descriptionLength; i++) {
            description.append((char) ('a' + random.nextInt(26)));
        }
        String content = json.writeValueAsString(Map.of(
                "openapi",
                "3.0.0",
                "info",
                Map.of("title", "t", "version", "1"),
                "paths",
                Map.of(),
                "components",
                Map.of("schemas", Map.of("A", Map.of("type", "object", "description", description.toString())))));
        return json.writeValueAsString(Map.of("Type", "OpenApi3", "Content", content));
    }

    private HttpResponse<String> send(String url, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(15))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && headers.length == 0) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
