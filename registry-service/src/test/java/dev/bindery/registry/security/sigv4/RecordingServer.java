package dev.bindery.registry.security.sigv4;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on a free local port that records every request as a {@link SignedRequest}, taken
 * from the wire the way a server must: the raw path and query of the request line, the headers as
 * received, the SHA-256 of the body. It answers as the AWS APIs do when there is nothing to say: {@code {}}
 * for the Schemas API, an empty PutEvents result for {@code POST /}.
 */
final class RecordingServer implements AutoCloseable {

    private final HttpServer server;
    private final List<SignedRequest> received = new CopyOnWriteArrayList<>();

    private RecordingServer(HttpServer server) {
        this.server = server;
    }

    static RecordingServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        RecordingServer recording = new RecordingServer(server);
        server.createContext("/", recording::handle);
        server.start();
        return recording;
    }

    /** {@code http://127.0.0.1:port}. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every request received so far, in order. */
    List<SignedRequest> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        URI target = exchange.getRequestURI();
        received.add(SignedRequest.buffered(
                exchange.getRequestMethod(),
                target.getRawPath(),
                target.getRawQuery(),
                exchange.getRequestHeaders(),
                SignedRequest.sha256Hex(body)));
        boolean putEvents = target.getRawPath().equals("/");
        byte[] answer = (putEvents ? "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"e-1\"}]}" : "{}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", putEvents ? "application/x-amz-json-1.1" : "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
