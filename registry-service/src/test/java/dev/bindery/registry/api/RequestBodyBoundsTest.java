package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A request body that stalls is answered 408 and its connection closed once no bytes arrived for
 * {@code bindery.requests.body-timeout} (2 s here), whatever the operation; and no more than
 * {@code bindery.requests.max-concurrent-streams} NDJSON uploads (2 here) are read at once: one
 * more is refused with 429 at once, and the permits come back when the stalled uploads are closed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyBoundsTest implements TestPropertyProvider {

    private static final String EVENT = "{\"source\":\"com.drip\",\"detail-type\":\"Drip\",\"detail\":{\"n\":1}}\n";

    @Inject
    EmbeddedServer server;

    @Inject
    NdjsonController ndjson;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.requests.body-timeout", "2s");
        properties.put("bindery.requests.max-concurrent-streams", "2");
        return properties;
    }

    @Test
    void aStalledJsonBodyIsAnswered408AndClosedWithinTheBound() throws Exception {
        try (Socket socket = open()) {
            long start = System.nanoTime();
            send(
                    socket,
                    "POST /v1/registries/name/stalled HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100\r\n\r\n{\"Description\":");
            String answer = readUntilClosed(socket);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(answer).startsWith("HTTP/1.1 408").contains("RequestTimeoutException", "stalled");
            assertThat(millis).isBetween(1_900L, 8_000L);
        }
        try (Socket socket = open()) {
            send(socket, "GET /v1/registries/name/stalled HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 404");
        }
    }

    @Test
    void aStalledNdjsonUploadIsClosedWithinTheBoundAndFreesItsThread() throws Exception {
        try (Socket socket = open()) {
            long start = System.nanoTime();
            startNdjson(socket);
            sendChunk(socket, EVENT + "{\"source\":\"com.drip\",");
            String answer = readUntilClosed(socket);
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(1_900L, 8_000L);
            assertThat(answer).startsWith("HTTP/1.1 408");
        }
        awaitPermits(2);
    }

    @Test
    void uploadsBeyondTheLimitAreRefusedWith429AndPermitsComeBack() throws Exception {
        awaitPermits(2);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Socket socket = open();
                held.add(socket);
                startNdjson(socket);
                sendChunk(socket, EVENT);
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (ndjson.availablePermits() > 0 && System.currentTimeMillis() < deadline) {
                for (Socket socket : held) {
                    sendChunk(socket, " "); // bytes keep coming: in progress, not stalled
                }
                Thread.sleep(100);
            }
            assertThat(ndjson.availablePermits()).isZero();

            try (Socket extra = open()) {
                send(
                        extra,
                        "POST /v1/events/ndjson HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                                + "Content-Length: " + EVENT.length() + "\r\n\r\n" + EVENT);
                String refused = readUntilClosed(extra);
                assertThat(refused)
                        .startsWith("HTTP/1.1 429")
                        .contains(
                                "x-amzn-ErrorType: TooManyRequestsException",
                                "Too many NDJSON uploads are in progress (the limit is 2)");
            }
            // the held uploads stall now: closed within the bound, and their permits return
            for (Socket socket : held) {
                assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 408");
            }
            awaitPermits(2);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        try (Socket socket = open()) {
            send(
                    socket,
                    "POST /v1/events/ndjson HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                            + "Connection: close\r\nContent-Length: " + EVENT.length() + "\r\n\r\n" + EVENT);
            assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 200").contains("\"AcceptedCount\":1");
        }
    }

    private void awaitPermits(int permits) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (ndjson.availablePermits() != permits && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ndjson.availablePermits()).isEqualTo(permits);
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static void startNdjson(Socket socket) throws IOException {
        send(
                socket,
                "POST /v1/events/ndjson HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n");
    }

    private static void sendChunk(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        send(socket, Integer.toHexString(bytes.length) + "\r\n" + text + "\r\n");
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Everything the server sends until it closes the connection (fails if it does not within 15 s). */
    private static String readUntilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError(
                    "the server did not close the connection within 15 s; received: "
                            + received.toString(StandardCharsets.UTF_8),
                    e);
        } catch (IOException reset) {
            // a reset after the answer: what arrived counts
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
