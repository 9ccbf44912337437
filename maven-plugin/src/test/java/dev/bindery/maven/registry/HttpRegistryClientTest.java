package dev.bindery.maven.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP client against a real (JDK) HTTP server answering as the registry does. */
class HttpRegistryClientTest {
    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private int status = 200;
    private String answer = "{}";
    private String errorType;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                            + (exchange.getRequestURI().getRawQuery() == null
                                    ? ""
                                    : "?" + exchange.getRequestURI().getRawQuery())
                            + " auth=" + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            if (errorType != null) {
                exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpRegistryClient client(String user, String password) {
        return new HttpRegistryClient(RegistryAccess.of(
                "http://127.0.0.1:" + server.getAddress().getPort(), "bindery", "us-east-1", user, password, null));
    }

    @Test
    void describeSchemaEncodesPathSegmentsAndReadsTheVersion() {
        answer = "{\"Content\":\"{}\",\"SchemaVersion\":\"3\",\"Type\":\"OpenApi3\"}";
        SchemaVersion schema = client(null, null).describeSchema("my orders", "com.acme@Order Placed", "3");
        assertThat(schema).isEqualTo(new SchemaVersion("my orders", "com.acme@Order Placed", "3", "OpenApi3", "{}"));
        assertThat(requests)
                .containsExactly(
                        "GET /v1/registries/name/my%20orders/schemas/name/com.acme%40Order%20Placed?schemaVersion=3 auth=null ");
    }

    @Test
    void aPasswordAloneIsSentAsBearerToken() {
        client(null, "token-1").registryExists("r");
        assertThat(requests).containsExactly("GET /v1/registries/name/r auth=Bearer token-1 ");
    }

    @Test
    void refusedCredentialsNameTheServerTheRegistrysAnswerAndWhatToCheck() {
        status = 403;
        errorType = "InvalidSignatureException";
        answer = "{\"message\":\"The request signature we calculated does not match the signature you provided.\"}";
        assertThatThrownBy(() -> client("BKIAITTESTADMIN00001", "wrong-secret-wrong-secret")
                        .listSchemas("orders"))
                .isInstanceOfSatisfying(
                        RegistryException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("Bindery registry at http://127.0.0.1:"
                                        + server.getAddress().getPort()
                                        + ", the schemas of registry orders: the registry refused the access key "
                                        + "BKIAITTESTADMIN00001 of server 'bindery' (403 InvalidSignatureException: The request "
                                        + "signature we calculated does not match the signature you provided.); check the "
                                        + "access key id (username) and secret (password) of server 'bindery' in settings.xml "
                                        + "and bindery.region (us-east-1)")
                                .doesNotContain("wrong-secret"));
    }

    @Test
    void anOperationTheCredentialsMayNotDoIsNotBlamedOnTheCredentials() {
        status = 403;
        errorType = "ForbiddenException";
        answer = "{\"Code\":\"ForbiddenException\",\"Message\":\"reader may not CreateSchema on orders\"}";
        assertThatThrownBy(() -> client(null, "token-1").createSchema("orders", "s", "OpenApi3", "{}", null))
                .hasMessageEndingWith("creating schema s in registry orders: the registry does not allow this to the "
                        + "token of server 'bindery' (403 ForbiddenException: reader may not CreateSchema on orders); "
                        + "ask a registry admin for a role or registry grant that allows it");
    }

    @Test
    void noCredentialsAtAllSaysHowToConfigureThem() {
        status = 401;
        errorType = "UnauthorizedException";
        answer = "{\"Message\":\"Credentials are required.\"}";
        assertThatThrownBy(() -> client(null, null).registryExists("orders"))
                .hasMessageEndingWith("registry orders: the registry needs credentials (401 UnauthorizedException: "
                        + "Credentials are required.); configure a <server> with id 'bindery' in settings.xml (access key "
                        + "id as username and secret as password, or a token as password alone) or set BINDERY_TOKEN");
    }

    @Test
    void aMissingSchemaNamesTheRegistryTheSchemaAndTheVersion() {
        status = 404;
        errorType = "NotFoundException";
        answer = "{\"Code\":\"NotFoundException\",\"Message\":\"Schema nope does not exist.\"}";
        assertThatThrownBy(() -> client(null, null).describeSchema("orders", "nope", "7"))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.getMessage())
                            .contains(
                                    "schema nope version 7 in registry orders",
                                    "127.0.0.1",
                                    "NotFoundException: Schema nope does not exist.");
                });
    }

    @Test
    void anUnreachableRegistryNamesItsUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpRegistryClient client = new HttpRegistryClient(RegistryAccess.anonymous("http://127.0.0.1:" + port));
        assertThatThrownBy(() -> client.listSchemas("orders"))
                .isInstanceOf(RegistryException.class)
                .hasMessage("Cannot reach the Bindery registry at http://127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void listSchemasFollowsNextToken() {
        server.removeContext("/");
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String body = query == null
                    ? "{\"Schemas\":[{\"SchemaName\":\"a\"}],\"NextToken\":\"t 2\"}"
                    : "{\"Schemas\":[{\"SchemaName\":\"b\"}]}";
            requests.add(query);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        assertThat(client(null, null).listSchemas("r")).containsExactly("a", "b");
        assertThat(requests).containsExactly(null, "nextToken=t%202");
    }

    @Test
    void compatibilityCheckSendsTheCandidateAndReadsTheFindings() {
        answer = """
                {"Compatible": false, "Mode": "BACKWARD", "Policy": "LENIENT", "CheckedVersions": ["1", "2"],
                 "Findings": [{"Version": "2", "Path": "/properties/amount", "Kind": "TYPE_CHANGED", "Effect": "CHANGES",
                               "Message": "type changed from number to string", "Breaking": true}]}""";
        CompatibilityReport report =
                client(null, null).checkCompatibility("r", "s@E", "JSONSchemaDraft4", "{}", "FULL", null);
        assertThat(report.compatible()).isFalse();
        assertThat(report.checkedVersions()).containsExactly("1", "2");
        assertThat(report.breaking())
                .containsExactly(new CompatibilityReport.Finding(
                        "2",
                        "/properties/amount",
                        "TYPE_CHANGED",
                        "CHANGES",
                        "type changed from number to string",
                        true));
        assertThat(requests)
                .containsExactly("POST /v1/registries/name/r/schemas/name/s%40E/compatibility/check auth=null "
                        + "{\"Content\":\"{}\",\"Type\":\"JSONSchemaDraft4\",\"Mode\":\"FULL\"}");
    }
}
