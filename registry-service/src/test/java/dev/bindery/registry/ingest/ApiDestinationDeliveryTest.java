package dev.bindery.registry.ingest;

import static dev.bindery.registry.ingest.ApiDestinationTest.JSON;
import static dev.bindery.registry.ingest.ApiDestinationTest.envelope;
import static dev.bindery.registry.ingest.ApiDestinationTest.eventCount;
import static dev.bindery.registry.ingest.ApiDestinationTest.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.security.PrincipalService;
import dev.bindery.registry.support.Databases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What an API destination relies on across requests and restarts: a delivered id stays delivered
 * after a restart, the remembered ids are bounded, overload is a 429 with {@code Retry-After} (also when the
 * only place is held by a delivery whose body is still arriving, and the refused event's retry counts once), and the
 * connection's API-key header or Basic credentials carry a Bindery token.
 */
class ApiDestinationDeliveryTest {

    private static EmbeddedServer start(Map<String, String> database, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        properties.put("bindery.discovery.version-window", "0s");
        properties.putAll(more);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** The rows of {@code delivered_event}, read over a connection of the server's own database URL. */
    private static long rows(EmbeddedServer server) throws Exception {
        return Long.parseLong(query(server, "SELECT COUNT(*) FROM delivered_event"));
    }

    /** The event id {@code delivered_event} remembers for an envelope id. */
    private static String eventIdOf(EmbeddedServer server, String envelopeId) throws Exception {
        return query(server, "SELECT event_id FROM delivered_event WHERE envelope_id = '" + envelopeId + "'");
    }

    private static String query(EmbeddedServer server, String sql) throws Exception {
        String url = server.getApplicationContext().getRequiredProperty("datasources.default.url", String.class);
        String user = server.getApplicationContext().getRequiredProperty("datasources.default.username", String.class);
        String password = server.getApplicationContext()
                .getProperty("datasources.default.password", String.class)
                .orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            assertThat(result.next()).as(sql).isTrue();
            return result.getString(1);
        }
    }

    @Test
    void onH2ADeliveredIdStaysDeliveredAcrossARestartAndTheRememberedIdsAreBounded() throws Exception {
        restartsAndBounds(Databases.h2());
    }

    @Test
    void onPostgresADeliveredIdStaysDeliveredAcrossARestartAndTheRememberedIdsAreBounded() throws Exception {
        restartsAndBounds(Databases.postgres());
    }

    @Test
    void onH2ConcurrentDeliveriesAreEachRememberedOnceAnswered() throws Exception {
        concurrentDeliveries(Databases.h2());
    }

    @Test
    void onPostgresConcurrentDeliveriesAreEachRememberedOnceAnswered() throws Exception {
        concurrentDeliveries(Databases.postgres());
    }

    /**
     * Requests whose ids may be recorded in one transaction: each retry, sent as soon as its answer
     * came, is a duplicate answered with the same event id.
     */
    private static void concurrentDeliveries(Map<String, String> database) throws Exception {
        String source = "com.example.concurrent." + UUID.randomUUID().toString().substring(0, 8);
        int threads = 24;
        int each = 5;
        try (EmbeddedServer server = start(database, Map.of())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<String>>> outcomes = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    outcomes.add(pool.submit(() -> {
                        List<String> problems = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            String event = envelope(UUID.randomUUID().toString(), source, "Busy", "{\"n\":1}");
                            JsonNode first =
                                    JSON.readTree(post(server, "", event).body());
                            JsonNode retry =
                                    JSON.readTree(post(server, "", event).body());
                            if (first.path("AcceptedCount").asInt() != 1
                                    || retry.path("DuplicateCount").asInt() != 1
                                    || !retry.path("Entries")
                                            .get(0)
                                            .path("EventId")
                                            .equals(first.path("Entries").get(0).path("EventId"))) {
                                problems.add(first + " then " + retry);
                            }
                        }
                        return problems;
                    }));
                }
                for (Future<List<String>> outcome : outcomes) {
                    assertThat(outcome.get(2, TimeUnit.MINUTES)).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(rows(server)).isEqualTo(threads * each);
            assertThat(eventCount(server, source + "@Busy")).isEqualTo(threads * each);
        }
    }

    private static void restartsAndBounds(Map<String, String> database) throws Exception {
        String source = "com.example.restart." + UUID.randomUUID().toString().substring(0, 8);
        String id = UUID.randomUUID().toString();
        String event = envelope(id, source, "Kept", "{\"n\":1}");
        String firstEventId;
        try (EmbeddedServer server = start(database, Map.of())) {
            HttpResponse<String> first = post(server, "", event);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            firstEventId = JSON.readTree(first.body())
                    .path("Entries")
                    .get(0)
                    .path("EventId")
                    .asText();
            assertThat(rows(server)).isEqualTo(1);
            HttpResponse<String> array = post(
                    server,
                    "",
                    "[" + event + "," + envelope(UUID.randomUUID().toString(), source, "Kept", "{\"n\":3}") + "]");
            assertThat(JSON.readTree(array.body()).path("DuplicateCount").asInt())
                    .as(array.body())
                    .isEqualTo(1);
            assertThat(JSON.readTree(array.body()).path("AcceptedCount").asInt())
                    .as(array.body())
                    .isEqualTo(1);
            assertThat(rows(server)).isEqualTo(2);
        }
        try (EmbeddedServer server = start(database, Map.of("bindery.events.dedup-max-entries", "2"))) {
            HttpResponse<String> retry = post(server, "", event);
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
            assertThat(JSON.readTree(retry.body())
                            .path("Entries")
                            .get(0)
                            .path("EventId")
                            .asText())
                    .isEqualTo(firstEventId);
            assertThat(JSON.readTree(retry.body()).path("DuplicateCount").asInt())
                    .isEqualTo(1);
            assertThat(eventCount(server, source + "@Kept")).isEqualTo(2);

            for (int i = 0; i < 3; i++) {
                Thread.sleep(5); // distinct delivery times, so the oldest is well defined
                assertThat(post(server, "", envelope(UUID.randomUUID().toString(), source, "Kept", "{\"n\":2}"))
                                .statusCode())
                        .isEqualTo(200);
            }
            assertThat(rows(server)).isEqualTo(5);
            server.getApplicationContext().getBean(DeliveredEvents.class).prune();
            assertThat(rows(server))
                    .as("the oldest beyond the bound are pruned")
                    .isEqualTo(2);
            assertThat(JSON.readTree(post(server, "", event).body())
                            .path("AcceptedCount")
                            .asInt())
                    .as("a pruned id is a new delivery")
                    .isEqualTo(1);
        }
        try (EmbeddedServer server = start(database, Map.of("bindery.events.dedup-window", "1ms"))) {
            Thread.sleep(5);
            HttpResponse<String> late = post(server, "", event);
            assertThat(JSON.readTree(late.body()).path("AcceptedCount").asInt())
                    .as("an id older than the window " + "is a new delivery")
                    .isEqualTo(1);
            assertThat(eventIdOf(server, id))
                    .as("its row is replaced")
                    .isEqualTo(JSON.readTree(late.body())
                            .path("Entries")
                            .get(0)
                            .path("EventId")
                            .asText());
            assertThat(rows(server)).isEqualTo(3);
            Thread.sleep(5);
            server.getApplicationContext().getBean(DeliveredEvents.class).prune();
            assertThat(rows(server)).as("ids older than the window are pruned").isZero();
        }
    }

    @Test
    void overloadIsA429WithRetryAfter() throws Exception {
        try (EmbeddedServer server = start(Databases.h2(), Map.of("bindery.events.max-concurrent", "0"))) {
            HttpResponse<String> refused = post(server, "", envelope("o-1", "com.example.busy", "T", "{}"));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("TooManyRequestsException");
            assertThat(refused.body()).contains("the limit is 0");
        }
    }

    /**
     * A socket whose delivery sent its headers and half its body and holds the only place: an empty body is a
     * 400 once admitted, so probes run until one is a 429. A probe that held the place at the moment the
     * delivery arrived makes the delivery itself a 429 (its answer arrives on the socket); it is sent again.
     */
    private static Socket heldDelivery(EmbeddedServer server, byte[] body) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            Socket socket = new Socket(server.getHost(), server.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            for (int i = 0; i < 100 && socket.getInputStream().available() == 0; i++) {
                if (post(server, "", "").statusCode() == 429) {
                    return socket;
                }
                Thread.sleep(50);
            }
            socket.close(); // answered already (refused while a probe held the place): send it again
        }
        throw new AssertionError("the slow delivery never held the place in 20 attempts");
    }

    @Test
    void aDeliveryWhoseBodyIsStillArrivingHoldsTheOnlyPlaceSoTheNextIsA429AndItsRetryCountsOnce() throws Exception {
        try (EmbeddedServer server = start(Databases.h2(), Map.of("bindery.events.max-concurrent", "1"))) {
            String source =
                    "com.example.overload." + UUID.randomUUID().toString().substring(0, 8);
            byte[] slow = envelope(UUID.randomUUID().toString(), source, "Held", "{\"n\":1}")
                    .getBytes(StandardCharsets.UTF_8);
            try (Socket socket = heldDelivery(server, slow)) {
                OutputStream out = socket.getOutputStream();

                String id = UUID.randomUUID().toString();
                String event = envelope(id, source, "Held", "{\"n\":2,\"extra\":true}");
                HttpResponse<String> refused = post(server, "", event);
                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(refused.headers().firstValue("x-amzn-ErrorType")).hasValue("TooManyRequestsException");
                assertThat(refused.body()).contains("the limit is 1");

                out.write(slow, slow.length / 2, slow.length - slow.length / 2);
                out.flush();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                assertThat(in.readLine()).as("the held delivery completes").startsWith("HTTP/1.1 200");

                HttpResponse<String> retried = post(server, "", event);
                assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
                assertThat(JSON.readTree(retried.body()).path("AcceptedCount").asInt())
                        .isEqualTo(1);
                HttpResponse<String> again = post(server, "", event);
                assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
                assertThat(JSON.readTree(again.body()).path("DuplicateCount").asInt())
                        .isEqualTo(1);
            }
            assertThat(eventCount(server, source + "@Held"))
                    .as("the held event and the retried one, once each")
                    .isEqualTo(2);
        }
    }

    @Test
    void theApiKeyHeaderWithATokenOrBasicCredentialsOfAnAccessKeyAreAcceptedAndNoneIsRefused() throws Exception {
        Map<String, Object> authOn = Map.of(
                "bindery.auth.mode",
                "on",
                "bindery.auth.failures-before-delay",
                "1000000",
                "bindery.auth.failures-before-refusal",
                "1000000");
        try (EmbeddedServer server = start(Databases.h2(), authOn)) {
            PrincipalService principals = server.getApplicationContext().getBean(PrincipalService.class);
            principals.create("eventbridge", "producer", List.of());
            String token = principals.createToken("eventbridge", null).token();
            String source = "com.example.auth." + UUID.randomUUID().toString().substring(0, 8);

            HttpResponse<String> withKey =
                    post(server, "", envelope(UUID.randomUUID().toString(), source, "T", "{}"), "x-api-key", token);
            assertThat(withKey.statusCode()).as(withKey.body()).isEqualTo(200);

            PrincipalService.NewKey key = principals.createAccessKey("eventbridge");
            String basic = Base64.getEncoder()
                    .encodeToString((key.accessKeyId() + ":" + key.secretAccessKey()).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> withBasic = post(
                    server,
                    "",
                    envelope(UUID.randomUUID().toString(), source, "T", "{}"),
                    "Authorization",
                    "Basic " + basic);
            assertThat(withBasic.statusCode()).as(withBasic.body()).isEqualTo(200);

            HttpResponse<String> without =
                    post(server, "", envelope(UUID.randomUUID().toString(), source, "T", "{}"));
            assertThat(without.statusCode()).isIn(401, 403);
            HttpResponse<String> wrong = post(
                    server, "", envelope(UUID.randomUUID().toString(), source, "T", "{}"), "x-api-key", token + "x");
            assertThat(wrong.statusCode()).isIn(401, 403);
        }
    }
}
