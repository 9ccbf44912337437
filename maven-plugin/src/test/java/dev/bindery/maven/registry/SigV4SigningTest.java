package dev.bindery.maven.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Requests signed with an access key, as a JDK HTTP server receives them: the Authorization header's
 * shape, what it signs, and that the signature covers what was actually sent.
 */
class SigV4SigningTest {
    private static final String KEY_ID = "BKIAITTESTADMIN00001";
    private static final String SECRET = "s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3t-s3cr3";
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AWS4-HMAC-SHA256 Credential=([^,]+), " + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    /** A request as the server saw it. */
    record Received(String method, String rawPathAndQuery, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private HttpServer server;
    private final List<Received> received = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            URI uri = exchange.getRequestURI();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                    headers,
                    exchange.getRequestBody().readAllBytes()));
            byte[] answer = "{\"SchemaVersion\":\"1\",\"Type\":\"OpenApi3\",\"Content\":\"{}\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpRegistryClient client(Instant now) {
        return new HttpRegistryClient(RegistryAccess.of(
                "http://127.0.0.1:" + server.getAddress().getPort(),
                "bindery",
                "eu-west-1",
                KEY_ID,
                SECRET,
                null,
                Clock.fixed(now, ZoneOffset.UTC)));
    }

    @Test
    void theAuthorizationHeaderNamesTheKeyTheScopeAndSignsHostAndDate() {
        client(NOW).describeSchema("orders", "com.example@OrderPlaced", "2");
        Received request = received.get(0);
        Matcher authorization = AUTHORIZATION.matcher(request.header("Authorization"));
        assertThat(authorization.matches()).as(request.header("Authorization")).isTrue();
        assertThat(authorization.group(1)).isEqualTo(KEY_ID + "/20260102/eu-west-1/schemas/aws4_request");
        assertThat(List.of(authorization.group(2).split(";"))).contains("host", "x-amz-date");
        assertThat(request.header("X-Amz-Date")).isEqualTo("20260102T030405Z");
        assertThat(request.headers().values()).noneMatch(value -> value.contains(SECRET));
    }

    @Test
    void theSignatureCoversTheExactRequestReceived() {
        client(NOW).createSchema("my orders", "com.example@Order Placed", "OpenApi3", "{\"openapi\":\"3.0.0\"}", "né");
        client(NOW).describeSchema("orders", "com.example@OrderPlaced", "2");
        assertThat(received).hasSize(2);
        for (Received request : received) {
            assertThat(request.header("Authorization")).isEqualTo(resign(request));
            assertThat(request.header("x-amz-content-sha256")).isEqualTo(sha256(request.body()));
        }
    }

    @Test
    void theSignatureChangesWithTheBodyAndTheTime() {
        client(NOW).updateSchema("orders", "s", "OpenApi3", "{\"a\":1}");
        client(NOW).updateSchema("orders", "s", "OpenApi3", "{\"a\":2}");
        client(NOW.plusSeconds(1)).updateSchema("orders", "s", "OpenApi3", "{\"a\":2}");
        assertThat(received)
                .extracting(r -> signature(r.header("Authorization")))
                .doesNotHaveDuplicates();
    }

    /**
     * Signs, with the SDK's signer at the request's own X-Amz-Date, what the server received: the Host
     * header, path, query, the signed headers and the body bytes. Equal to the Authorization sent only
     * if the request arrived exactly as it was signed.
     */
    private static String resign(Received request) {
        Matcher authorization = AUTHORIZATION.matcher(request.header("Authorization"));
        assertThat(authorization.matches()).isTrue();
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .uri(URI.create("http://" + request.header("Host") + request.rawPathAndQuery()));
        for (String name : authorization.group(2).split(";")) {
            if (!name.equals("host")) {
                builder.putHeader(name, request.header(name));
            }
        }
        Instant date =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX").parse(request.header("X-Amz-Date"), Instant::from);
        SdkHttpRequest signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(AwsCredentialsIdentity.create(KEY_ID, SECRET))
                        .request(builder.build())
                        .payload(
                                request.body().length == 0 ? null : ContentStreamProvider.fromByteArray(request.body()))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "schemas")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(date, ZoneOffset.UTC)))
                .request();
        return signed.firstMatchingHeader("Authorization").orElseThrow();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String signature(String authorization) {
        return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    }
}
