package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Request bodies are read as sent or not at all: a body whose chunked framing is malformed, whose Content-Encoding
 * is not identity or gzip, or that is not an intact gzip stream is a 400 in the API's error format, and the operation
 * does not run (never on an empty or partial body). Requests are written byte for byte to a socket (#12 item 10).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // else getProperties is not read, and the server used ./data
class BodyFramingTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] DESCRIPTION = "{\"Description\":\"kept\"}".getBytes(StandardCharsets.UTF_8);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    /** A response read off the socket: status line, headers and body. */
    private record Raw(int status, String head, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    /** Writes {@code requests} to one connection as they are and reads every answer until the server closes it. */
    private String exchange(byte[] requests) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requests);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] request(String method, String path, String headers, byte[] body) {
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + headers + (headers.contains("chunked") ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
        return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private Raw send(String method, String path, String headers, byte[] body) throws Exception {
        return parse(exchange(request(method, path, headers + "Connection: close\r\n", body)));
    }

    private static Raw parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String head = response.substring(0, end);
        String body = response.substring(end + 4);
        if (head.toLowerCase().contains("transfer-encoding: chunked")) {
            StringBuilder joined = new StringBuilder();
            for (int at = 0; ; ) {
                int eol = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
                if (size == 0) {
                    break;
                }
                joined.append(body, eol + 2, eol + 2 + size);
                at = eol + 2 + size + 2;
            }
            body = joined.toString();
        }
        return new Raw(Integer.parseInt(head.substring(9, 12)), head, body);
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String newName() {
        return "frame-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertBadRequest(Raw response, String messagePart) throws Exception {
        assertThat(response.status())
                .as(response.head() + "\n" + response.body())
                .isEqualTo(400);
        assertThat(response.head()).containsIgnoringCase("x-amzn-ErrorType: BadRequestException");
        assertThat(response.json().path("Code").asText()).isEqualTo("BadRequestException");
        assertThat(response.json().path("Message").asText()).contains(messagePart);
    }

    @Test
    void aGzipBodyIsDecodedAndAnIdentityBodyReadAsItIs() throws Exception {
        String name = newName();
        Raw created = send("POST", "/v1/registries/name/" + name, "Content-Encoding: gzip\r\n", gzip(DESCRIPTION));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("Description").asText()).isEqualTo("kept");

        Raw identity = send(
                "PUT",
                "/v1/registries/name/" + name,
                "Content-Encoding: identity\r\n",
                "{\"Description\":\"plain\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(identity.status()).as(identity.body()).isEqualTo(200);
        assertThat(identity.json().path("Description").asText()).isEqualTo("plain");
    }

    @Test
    void bodiesThatAreNotIntactGzipStreamsAre400AndTheRegistryIsNotCreated() throws Exception {
        byte[] good = gzip(DESCRIPTION);
        byte[] badCrc = good.clone();
        badCrc[good.length - 8] ^= 1;
        Map<String, byte[]> bodies = Map.of(
                "it does not start with the gzip magic bytes",
                DESCRIPTION,
                "too short for a gzip stream",
                new byte[] {0x1f},
                "it ends inside its compressed data",
                Arrays.copyOf(good, 12),
                "it ends inside a gzip trailer",
                Arrays.copyOf(good, good.length - 3),
                "CRC-32 does not match",
                badCrc,
                "it does not start with the gzip magic bytes ",
                concat(good, "garbage".getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            String name = newName();
            Raw response = send("POST", "/v1/registries/name/" + name, "Content-Encoding: gzip\r\n", body.getValue());
            assertBadRequest(response, body.getKey().trim());
            assertThat(send("GET", "/v1/registries/name/" + name, "", new byte[0])
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void aTinyGzipBodyDoesNotResetTheCompatibilityModeToItsDefault() throws Exception {
        String name = newName();
        assertThat(send("POST", "/v1/registries/name/" + name, "", new byte[0]).status())
                .isEqualTo(201);
        String path = "/v1/registries/name/" + name + "/compatibility";
        Raw set = send("PUT", path, "", "{\"Mode\":\"FULL\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        assertBadRequest(
                send("PUT", path, "Content-Encoding: gzip\r\n", new byte[] {0x1f, (byte) 0x8b}),
                "too short for a gzip stream");
        assertThat(send("GET", path, "", new byte[0]).json().path("Mode").asText())
                .isEqualTo("FULL");
    }

    @Test
    void contentEncodingsOtherThanIdentityAndGzipAreRefusedByName() throws Exception {
        for (String encoding : new String[] {"br", "deflate", "gzip, gzip", "compress"}) {
            String name = newName();
            Raw response =
                    send("POST", "/v1/registries/name/" + name, "Content-Encoding: " + encoding + "\r\n", DESCRIPTION);
            assertBadRequest(response, "Content-Encoding '" + encoding + "'");
            assertThat(send("GET", "/v1/registries/name/" + name, "", new byte[0])
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void malformedChunkedFramingIs400AndTheOperationDoesNotRunOnAnEmptyBody() throws Exception {
        for (String chunks : new String[] {"zz\r\n{}\r\n0\r\n\r\n", "5;\u0000\r\n{\"Des\r\n0\r\n\r\n"}) {
            String name = newName();
            Raw response = send(
                    "POST",
                    "/v1/registries/name/" + name,
                    "Transfer-Encoding: chunked\r\n",
                    chunks.getBytes(StandardCharsets.ISO_8859_1));
            assertBadRequest(response, "chunked transfer framing is malformed");
            assertThat(send("GET", "/v1/registries/name/" + name, "", new byte[0])
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void chunkedGzipBodiesAreDecodedAcrossChunks() throws Exception {
        byte[] gz = gzip(DESCRIPTION);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int at = 0; at < gz.length; at += 3) {
            int n = Math.min(3, gz.length - at);
            chunks.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            chunks.write(gz, at, n);
            chunks.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        chunks.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String name = newName();
        Raw created = send(
                "POST",
                "/v1/registries/name/" + name,
                "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                chunks.toByteArray());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("Description").asText()).isEqualTo("kept");
    }

    @Test
    void aKeptAliveConnectionReadsAPlainRequestAfterAGzipOne() throws Exception {
        String first = newName();
        String second = newName();
        String answers = exchange(concat(
                request("POST", "/v1/registries/name/" + first, "Content-Encoding: gzip\r\n", gzip(DESCRIPTION)),
                request("POST", "/v1/registries/name/" + second, "Connection: close\r\n", DESCRIPTION)));
        assertThat(answers.split("HTTP/1.1 201 Created", -1)).hasSize(3);
        assertThat(send("GET", "/v1/registries/name/" + second, "", new byte[0])
                        .json()
                        .path("Description")
                        .asText())
                .isEqualTo("kept");
    }

    @Test
    void putEventsAnswersAnUnreadableBodyInTheAwsJsonShape() throws Exception {
        String headers = "X-Amz-Target: AWSEvents.PutEvents\r\nContent-Encoding: gzip\r\n";
        byte[] entries = ("{\"Entries\":[{\"Source\":\"framing.test\",\"DetailType\":\"Tick\",\"Detail\":\"{}\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] body : new byte[][] {entries, {0x1f, (byte) 0x8b}}) {
            Raw response = send("POST", "/", headers, body);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.head()).containsIgnoringCase("x-amzn-ErrorType: SerializationException");
            assertThat(response.json().path("__type").asText()).isEqualTo("SerializationException");
            assertThat(response.json().path("message").asText()).contains("Content-Encoding gzip");
        }
        Raw put = send("POST", "/", headers, gzip(entries));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().path("FailedEntryCount").asInt()).isZero();
    }

    @Test
    void ndjsonAnswersAnUnreadableBodyAsABadRequest() throws Exception {
        byte[] line = "{\"source\":\"framing.test\",\"detail-type\":\"Tick\",\"detail\":{}}\n"
                .getBytes(StandardCharsets.UTF_8);
        Raw refused = send("POST", "/v1/events/ndjson", "Content-Encoding: gzip\r\n", line);
        assertBadRequest(refused, "gzip magic bytes");

        Raw read = send("POST", "/v1/events/ndjson", "Content-Encoding: gzip\r\n", gzip(line));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("AcceptedCount").asInt()).isEqualTo(1);

        byte[] twoLines = gzip(concat(line, line));
        Raw truncated = send(
                "POST",
                "/v1/events/ndjson",
                "Content-Encoding: gzip\r\n",
                Arrays.copyOf(twoLines, twoLines.length - 4));
        assertThat(truncated.status()).as(truncated.body()).isEqualTo(400);
        assertThat(truncated.head()).containsIgnoringCase("x-amzn-ErrorType: BadRequestException");
        // Depending on when the failure overtakes the stream, nothing was read (a plain error) or the summary says
        // which lines were stored before reading stopped.
        JsonNode answer = truncated.json();
        assertThat(
                        answer.has("Code")
                                ? answer.path("Message").asText()
                                : answer.path("StoppedEarly").asText())
                .contains("it ends inside a gzip trailer");
    }
}
