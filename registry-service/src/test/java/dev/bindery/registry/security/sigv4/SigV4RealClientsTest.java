package dev.bindery.registry.security.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.Type;

/**
 * What the real clients put on the wire verifies: the AWS SDK for Java v2's Schemas and EventBridge
 * clients, and the AWS CLI (botocore) at {@code /usr/bin/aws}, each sending to a {@link RecordingServer}.
 */
class SigV4RealClientsTest {

    private static final Path AWS_CLI = Path.of("/usr/bin/aws");
    private static final String ACCESS_KEY_ID = "AKIDBINDERYCLIENTS";
    private static final String SECRET = "bindery/secret+key/for+the+clients/0123456";
    private static final String AWKWARD_NAME = "a@B C";

    private RecordingServer server;
    private final SigV4Verifier verifier = new SigV4Verifier("us-east-1", Clock.systemUTC());

    @TempDir
    Path home;

    @BeforeEach
    void start() throws IOException {
        server = RecordingServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSdksDescribeSchemaOfAnAwkwardNameVerifies() {
        try (SchemasClient schemas = schemasClient()) {
            schemas.describeSchema(b -> b.registryName("my registry")
                    .schemaName(AWKWARD_NAME + " ü%/+")
                    .schemaVersion("1"));
        }

        SignedRequest request = onlyRequest();
        assertThat(request.rawPath())
                .isEqualTo("/v1/registries/name/my%20registry/schemas/name/a%40B%20C%20%C3%BC%25%2F%2B");
        assertThat(request.rawQuery()).isEqualTo("schemaVersion=1");
        assertVerifies(request, "schemas");
    }

    @Test
    void theSdksListSchemasWithQueryParametersVerifies() {
        try (SchemasClient schemas = schemasClient()) {
            schemas.listSchemas(
                    b -> b.registryName("r").schemaNamePrefix("p q+r&s=t~").limit(5));
        }

        SignedRequest request = onlyRequest();
        assertThat(request.rawQuery())
                .contains("schemaNamePrefix=p%20q%2Br%26s%3Dt~")
                .contains("limit=5");
        assertVerifies(request, "schemas");
    }

    @Test
    void theSdksCreateSchemaWithAJsonBodyVerifies() {
        try (SchemasClient schemas = schemasClient()) {
            schemas.createSchema(b -> b.registryName("r")
                    .schemaName("Order@Created")
                    .type(Type.OPEN_API3)
                    .content("{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"é\"}}"));
        }

        SignedRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.payloadSha256()).isNotEqualTo(SignedRequest.EMPTY_PAYLOAD_SHA256);
        assertVerifies(request, "schemas");
    }

    @Test
    void theSdksPutEventsVerifiesForServiceEvents() {
        try (EventBridgeClient events = EventBridgeClient.builder()
                .endpointOverride(server.uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET)))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            events.putEvents(b -> b.entries(PutEventsRequestEntry.builder()
                    .source("shop")
                    .detailType("Order Created")
                    .detail("{\"id\":1}")
                    .build()));
        }

        SignedRequest request = onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/");
        assertThat(request.headerValues("x-amz-target")).containsExactly("AWSEvents.PutEvents");
        assertVerifies(request, "events");
    }

    @Test
    void theCliDescribeSchemaOfAnAwkwardNameVerifies() throws Exception {
        cli(
                "schemas",
                "describe-schema",
                "--registry-name",
                "r",
                "--schema-name",
                AWKWARD_NAME,
                "--schema-version",
                "1");

        SignedRequest request = onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/v1/registries/name/r/schemas/name/a%40B%20C");
        assertThat(request.rawQuery()).isEqualTo("schemaVersion=1");
        assertThat(request.headerValues("x-amz-content-sha256")).isEmpty();
        assertVerifies(request, "schemas");
    }

    @Test
    void theCliSearchSchemasWithReservedCharactersInTheQueryVerifies() throws Exception {
        cli("schemas", "search-schemas", "--registry-name", "r", "--keywords", "a b+c&d=é~", "--page-size", "7");

        SignedRequest request = onlyRequest();
        assertThat(request.rawQuery())
                .contains("keywords=a%20b%2Bc%26d%3D%C3%A9~")
                .contains("limit=7");
        assertVerifies(request, "schemas");
    }

    @Test
    void theCliListSchemasWithAPrefixVerifies() throws Exception {
        cli(
                "schemas",
                "list-schemas",
                "--registry-name",
                "my registry",
                "--schema-name-prefix",
                "Order Cre",
                "--page-size",
                "3");

        SignedRequest request = onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/v1/registries/name/my%20registry/schemas");
        assertThat(request.rawQuery()).contains("schemaNamePrefix=Order%20Cre");
        assertVerifies(request, "schemas");
    }

    @Test
    void theCliCreateSchemaWithAJsonBodyVerifies() throws Exception {
        cli(
                "schemas",
                "create-schema",
                "--registry-name",
                "r",
                "--schema-name",
                "Order@Created",
                "--type",
                "OpenApi3",
                "--content",
                "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"é\"}}");

        SignedRequest request = onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.payloadSha256()).isNotEqualTo(SignedRequest.EMPTY_PAYLOAD_SHA256);
        assertVerifies(request, "schemas");
    }

    @Test
    void theCliPutEventsVerifiesForServiceEvents() throws Exception {
        cli(
                "events",
                "put-events",
                "--entries",
                "[{\"Source\":\"shop\",\"DetailType\":\"Order Created\",\"Detail\":\"{\\\"id\\\":\\\"é\\\"}\"}]");

        SignedRequest request = onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/");
        assertThat(request.headerValues("x-amz-target")).containsExactly("AWSEvents.PutEvents");
        assertVerifies(request, "events");
    }

    private SchemasClient schemasClient() {
        return SchemasClient.builder()
                .endpointOverride(server.uri())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** Runs the AWS CLI against the recording server with only these credentials and no user configuration. */
    private void cli(String... arguments) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(AWS_CLI), "the AWS CLI is not installed at " + AWS_CLI);
        List<String> command = new ArrayList<>(
                List.of(AWS_CLI.toString(), "--endpoint-url", server.uri().toString(), "--output", "json"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", SECRET);
        environment.put("AWS_DEFAULT_REGION", "us-east-1");
        environment.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        environment.put(
                "AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        environment.put("AWS_PAGER", "");
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.put("HOME", home.toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the AWS CLI finished")
                .isTrue();
        assertThat(process.exitValue())
                .as("the AWS CLI's exit status; it said:%n%s", new String(output, StandardCharsets.UTF_8))
                .isZero();
    }

    private SignedRequest onlyRequest() {
        assertThat(server.received()).hasSize(1);
        return server.received().get(0);
    }

    private void assertVerifies(SignedRequest request, String service) {
        SigV4Authorization authorization =
                SigV4Authorization.parse(request.headerValues("authorization").get(0));

        assertThat(authorization.accessKeyId()).isEqualTo(ACCESS_KEY_ID);
        assertThatCode(() -> verifier.verify(request, authorization, SECRET, Set.of(service)))
                .as("%s %s?%s", request.method(), request.rawPath(), request.rawQuery())
                .doesNotThrowAnyException();
    }
}
