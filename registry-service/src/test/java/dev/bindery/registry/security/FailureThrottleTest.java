package dev.bindery.registry.security;

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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An address that keeps failing authentication is slowed, then refused with 429 and Retry-After,
 * while another address is answered as usual. Clients connect from distinct loopback addresses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailureThrottleTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.auth.mode", "on");
        properties.put("bindery.auth.failures-before-delay", "3");
        properties.put("bindery.auth.failures-before-refusal", "5");
        properties.put("bindery.auth.failure-window", "10m");
        properties.put("bindery.auth.failure-delay", "300ms");
        return properties;
    }

    @Test
    void repeatedFailuresFromOneAddressAreSlowedThenRefusedWithoutTouchingOthers() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("127.0.0.2", "Bearer bdt_wrong")).startsWith("HTTP/1.1 401");
        }
        long started = System.nanoTime();
        assertThat(get("127.0.0.2", "Bearer bdt_wrong")).startsWith("HTTP/1.1 401");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertThat(get("127.0.0.2", "Bearer bdt_wrong")).startsWith("HTTP/1.1 401");

        String refused = get("127.0.0.2", "Bearer bdt_wrong");
        assertThat(refused)
                .startsWith("HTTP/1.1 429")
                .containsIgnoringCase("x-amzn-ErrorType: TooManyRequestsException")
                .containsIgnoringCase("Retry-After: ")
                .contains("Too many failed authentication attempts from 127.0.0.2");
        // even with no credentials at all, the address stays refused for the window
        assertThat(get("127.0.0.2", null)).startsWith("HTTP/1.1 429");

        // another address is untouched: its failure is a plain 401, answered at once
        started = System.nanoTime();
        assertThat(get("127.0.0.3", "Bearer bdt_wrong")).startsWith("HTTP/1.1 401");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(300);
        // and the public endpoints need no credentials and are not throttled
        assertThat(get("127.0.0.2", null, "/ping")).startsWith("HTTP/1.1 200");
    }

    private String get(String from, String authorization) throws IOException {
        return get(from, authorization, "/v1/registries");
    }

    /** A raw HTTP/1.1 GET from a chosen local address; the status line, headers and body. */
    private String get(String from, String authorization, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
