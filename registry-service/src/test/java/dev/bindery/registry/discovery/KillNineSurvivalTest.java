package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.support.Clients;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.SchemaVersionSummary;

/**
 * A registry process killed with SIGKILL right after acknowledging events loses nothing it
 * learned: after a restart on the same data directory the discovered schema is there, and the
 * same events create no new version.
 */
class KillNineSurvivalTest {

    @TempDir
    Path data;

    @Test
    void acknowledgedEventsSurviveKillNine() throws Exception {
        List<PutEventsRequestEntry> batch = List.of(
                PutEventsRequestEntry.builder()
                        .source("com.crash")
                        .detailType("Order Placed")
                        .detail("{\"orderId\":\"o-1\",\"coupon\":null}")
                        .build(),
                PutEventsRequestEntry.builder()
                        .source("com.crash")
                        .detailType("Order Placed")
                        .detail("{\"orderId\":\"o-2\",\"total\":3}")
                        .build());

        int port = freePort();
        Process first = start(port);
        String content;
        try {
            URL url = awaitReady(port, first);
            try (EventBridgeClient events = Clients.events(url);
                    SchemasClient schemas = Clients.schemas(url)) {
                assertThat(events.putEvents(r -> r.entries(batch)).failedEntryCount())
                        .isZero();
                content = withLogs(() -> schemas.describeSchema(
                                r -> r.registryName("discovered-schemas").schemaName("com.crash@OrderPlaced"))
                        .content());
            }
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Process second = start(port);
        try {
            URL url = awaitReady(port, second);
            try (EventBridgeClient events = Clients.events(url);
                    SchemasClient schemas = Clients.schemas(url)) {
                assertThat(schemas.describeSchema(r ->
                                        r.registryName("discovered-schemas").schemaName("com.crash@OrderPlaced"))
                                .content())
                        .isEqualTo(content);
                events.putEvents(r -> r.entries(batch));
                assertThat(schemas
                                .listSchemaVersionsPaginator(r ->
                                        r.registryName("discovered-schemas").schemaName("com.crash@OrderPlaced"))
                                .schemaVersions()
                                .stream()
                                .map(SchemaVersionSummary::schemaVersion)
                                .toList())
                        .containsExactly("1");
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Runs a step; if it fails, the failure carries the registry processes' logs. */
    private <T> T withLogs(java.util.concurrent.Callable<T> step) throws Exception {
        try {
            return step.call();
        } catch (Exception | AssertionError e) {
            StringBuilder logs = new StringBuilder();
            try (var files = java.nio.file.Files.list(data)) {
                for (Path log : files.filter(p -> p.getFileName().toString().endsWith(".log"))
                        .toList()) {
                    logs.append("--- ")
                            .append(log.getFileName())
                            .append('\n')
                            .append(java.nio.file.Files.readString(log));
                }
            }
            throw new AssertionError(e.getMessage() + "\n" + logs, e);
        }
    }

    /** The registry in a JVM of its own, on the test classpath, with the embedded default store. */
    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dbindery.data-dir=" + data,
                "-Dmicronaut.server.port=" + port,
                "-Dmicronaut.environments=kill-test",
                "dev.bindery.registry.Application");
        builder.redirectErrorStream(true)
                .redirectOutput(
                        data.resolve("server-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }

    private URL awaitReady(int port, Process process) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI ping = URI.create("http://127.0.0.1:" + port + "/ping");
        for (int i = 0; i < 240; i++) {
            assertThat(process.isAlive())
                    .as("registry process alive; logs in %s", data)
                    .isTrue();
            try {
                if (http.send(
                                        HttpRequest.newBuilder(ping)
                                                .timeout(Duration.ofSeconds(2))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return URI.create("http://127.0.0.1:" + port).toURL();
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the registry did not start within 60 s; logs in " + data);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
