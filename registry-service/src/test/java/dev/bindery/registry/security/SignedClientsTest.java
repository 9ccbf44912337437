package dev.bindery.registry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.AccessDeniedException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.ForbiddenException;
import software.amazon.awssdk.services.schemas.model.Type;

/**
 * The AWS SDK for Java v2 and the AWS CLI against the registry with authentication on, signing
 * with Bindery access keys exactly as they sign for AWS: every kind of operation works with the
 * right key, and a wrong secret, an unknown key, a wrong region, a tampered body and a request
 * replayed 16 minutes later are refused with the codes AWS uses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedClientsTest implements TestPropertyProvider {

    private static final String ADMIN_ID = "BKIATESTADMIN0000001";
    private static final String ADMIN_SECRET = "test/admin+secret/0123456789abcdefghijKLMN";
    private static final Path AWS_CLI = Path.of("/usr/bin/aws");

    @Inject
    EmbeddedServer server;

    @Inject
    PrincipalService principals;

    private PrincipalService.NewKey reader;
    private PrincipalService.NewKey producer;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.putAll(AccessTableContract.AUTH_ON);
        properties.put("bindery.auth.admin-access-key-id", ADMIN_ID);
        properties.put("bindery.auth.admin-secret-access-key", ADMIN_SECRET);
        return properties;
    }

    @BeforeAll
    void keys() {
        principals.create("ria", "reader", List.of());
        reader = principals.createAccessKey("ria");
        principals.create("pat", "producer", List.of());
        producer = principals.createAccessKey("pat");
    }

    @Test
    void theSdksWorkWithBinderyAccessKeys() {
        try (SchemasClient admin = schemas(ADMIN_ID, ADMIN_SECRET, Region.US_EAST_1);
                SchemasClient ria = schemas(reader.accessKeyId(), reader.secretAccessKey(), Region.US_EAST_1);
                EventBridgeClient pat = events(producer.accessKeyId(), producer.secretAccessKey())) {
            admin.createRegistry(r -> r.registryName("signed").description("made by a signed request"));
            admin.createSchema(r -> r.registryName("signed")
                    .schemaName("com.acme@Order+Placed:v1")
                    .type(Type.OPEN_API3)
                    .content(content("Order")));
            admin.tagResource(r -> r.resourceArn(admin.describeRegistry(d -> d.registryName("signed"))
                            .registryArn())
                    .tags(Map.of("team", "orders")));
            assertThat(ria.describeSchema(r -> r.registryName("signed").schemaName("com.acme@Order+Placed:v1"))
                            .schemaVersion())
                    .isEqualTo("1");
            assertThat(ria.listSchemasPaginator(r -> r.registryName("signed").limit(1))
                            .schemas())
                    .hasSize(1);
            assertThat(ria.searchSchemas(r -> r.registryName("signed").keywords("Order"))
                            .schemas())
                    .hasSize(1);
            assertThat(ria.exportSchema(r -> r.registryName("signed")
                                    .schemaName("com.acme@Order+Placed:v1")
                                    .type("JSONSchemaDraft4"))
                            .content())
                    .contains("\"$schema\"");

            assertThatThrownBy(() -> ria.deleteRegistry(r -> r.registryName("signed")))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.getMessage()).contains("user/ria", "schemas:DeleteRegistry");
                    });

            PutEventsResponse put = pat.putEvents(r -> r.entries(
                    e -> e.source("com.acme").detailType("Order Placed").detail("{\"orderId\":\"o-1\"}")));
            assertThat(put.failedEntryCount()).isZero();
            try (EventBridgeClient riaEvents = events(reader.accessKeyId(), reader.secretAccessKey())) {
                assertThatThrownBy(() -> riaEvents.putEvents(r -> r.entries(e ->
                                e.source("com.acme").detailType("Order Placed").detail("{}"))))
                        .isInstanceOfSatisfying(
                                AccessDeniedException.class,
                                e -> assertThat(e.getMessage()).contains("events:PutEvents"));
            }
        }
    }

    @Test
    void aWrongSecretAnUnknownKeyAndAWrongRegionAreRefusedAsAwsRefusesThem() {
        try (SchemasClient wrongSecret = schemas(ADMIN_ID, ADMIN_SECRET + "x", Region.US_EAST_1);
                SchemasClient unknown = schemas("BKIANOSUCHKEY0000000", ADMIN_SECRET, Region.US_EAST_1);
                SchemasClient wrongRegion = schemas(ADMIN_ID, ADMIN_SECRET, Region.EU_WEST_1)) {
            assertRefused(
                    () -> wrongSecret.listRegistries(r -> {}),
                    "InvalidSignatureException",
                    "The request signature we calculated does not match");
            assertRefused(() -> unknown.listRegistries(r -> {}), "UnrecognizedClientException", "BKIANOSUCHKEY0000000");
            assertRefused(() -> wrongRegion.listRegistries(r -> {}), "InvalidSignatureException", "eu-west-1");
        }
    }

    @Test
    void aTamperedBodyAndARequestReplayedSixteenMinutesLaterAreRefused() throws Exception {
        String path = "/v1/registries/name/tampered";
        byte[] body = "{\"Description\":\"signed\"}".getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = sign(SdkHttpMethod.POST, path, body, Instant.now());

        HttpResponse<String> tampered = send(signed, "{\"Description\":\"tampered\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(tampered.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");

        SdkHttpRequest captured =
                sign(SdkHttpMethod.POST, path, body, Instant.now().minus(Duration.ofMinutes(16)));
        HttpResponse<String> replayed = send(captured, body);
        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(replayed.headers().firstValue("x-amzn-ErrorType")).contains("InvalidSignatureException");
        assertThat(replayed.body()).contains("Signature expired");

        HttpResponse<String> fresh = send(sign(SdkHttpMethod.POST, path, body, Instant.now()), body);
        assertThat(fresh.statusCode()).as(fresh.body()).isEqualTo(201);
    }

    @Test
    void theAwsCliWorksThroughAProfileWithABinderyKeyAndAWrongSecretFails(@TempDir Path home) throws Exception {
        Files.writeString(
                home.resolve("credentials"),
                "[bindery]\naws_access_key_id = " + ADMIN_ID
                        + "\naws_secret_access_key = " + ADMIN_SECRET + "\n[wrong]\naws_access_key_id = " + ADMIN_ID
                        + "\naws_secret_access_key = not-the-secret-at-all-0123456789\n");
        Files.writeString(
                home.resolve("config"),
                "[profile bindery]\nregion = us-east-1\n" + "[profile wrong]\nregion = us-east-1\n");
        Cli created = cli(home, "bindery", "schemas", "create-registry", "--registry-name", "from-cli");
        assertThat(created.exit()).as(created.output()).isZero();
        Cli listed = cli(home, "bindery", "schemas", "list-registries");
        assertThat(listed.output()).contains("from-cli");
        Cli put = cli(
                home,
                "bindery",
                "events",
                "put-events",
                "--entries",
                "[{\"Source\":\"com.cli\",\"DetailType\":\"Thing\",\"Detail\":\"{\\\"n\\\":1}\"}]");
        assertThat(put.output()).contains("\"FailedEntryCount\": 0");
        Cli refused = cli(home, "wrong", "schemas", "list-registries");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("InvalidSignatureException");
    }

    private record Cli(int exit, String output) {}

    private Cli cli(Path home, String profile, String... arguments) throws IOException, InterruptedException {
        assertThat(AWS_CLI).as("the AWS CLI (Debian package awscli)").isExecutable();
        List<String> command = new ArrayList<>(List.of(
                AWS_CLI.toString(),
                "--endpoint-url",
                server.getURL().toString(),
                "--profile",
                profile,
                "--output",
                "json"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        environment.put(
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        environment.put("AWS_PAGER", "");
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.put("HOME", home.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli(process.exitValue(), output);
    }

    private static void assertRefused(Runnable call, String code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
        });
    }

    /** A request signed by the SDK's own signer with the admin key at {@code when}. */
    private SdkHttpRequest sign(SdkHttpMethod method, String path, byte[] body, Instant when) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .protocol("http")
                .host("127.0.0.1")
                .port(server.getPort())
                .method(method)
                .encodedPath(path)
                .putHeader("Content-Type", "application/json")
                .build();
        return AwsV4HttpSigner.create()
                .sign(r -> r.identity(AwsBasicCredentials.create(ADMIN_ID, ADMIN_SECRET))
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "schemas")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(when, ZoneOffset.UTC)))
                .request();
    }

    private static HttpResponse<String> send(SdkHttpRequest signed, byte[] body) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(signed.getUri())
                .method(signed.method().name(), HttpRequest.BodyPublishers.ofByteArray(body));
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private SchemasClient schemas(String id, String secret, Region region) {
        return SchemasClient.builder()
                .endpointOverride(URI.create(server.getURL().toString()))
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private EventBridgeClient events(String id, String secret) {
        return EventBridgeClient.builder()
                .endpointOverride(URI.create(server.getURL().toString()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static String content(String title) {
        return "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"" + title + "\",\"version\":\"1\"},\"paths\":{},"
                + "\"components\":{\"schemas\":{\"" + title + "\":{\"type\":\"object\",\"properties\":{"
                + "\"orderId\":{\"type\":\"string\"}}}}}}";
    }
}
