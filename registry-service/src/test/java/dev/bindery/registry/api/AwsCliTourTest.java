package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick tour, run with the real AWS CLI ({@code aws}, Debian package awscli) against
 * the embedded default, with every output asserted.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliTourTest implements TestPropertyProvider {

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    @TempDir
    Path work;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(Databases.h2());
        properties.put("bindery.discovery.version-window", "0s");
        return properties;
    }

    record Result(int exitCode, String stdout, String stderr) {}

    private Result aws(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", server.getURL().toString(), "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment()
                .putAll(Map.of(
                        "AWS_ACCESS_KEY_ID",
                        "test",
                        "AWS_SECRET_ACCESS_KEY",
                        "test",
                        "AWS_DEFAULT_REGION",
                        "us-east-1",
                        "AWS_PAGER",
                        "",
                        "AWS_CONFIG_FILE",
                        work.resolve("no-config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        work.resolve("no-credentials").toString(),
                        "AWS_EC2_METADATA_DISABLED",
                        "true"));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("aws %s finished", args[1])
                .isTrue();
        return new Result(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private JsonNode ok(String... args) throws IOException, InterruptedException {
        Result result = aws(args);
        assertThat(result.exitCode())
                .as("aws %s: %s", String.join(" ", args), result.stderr())
                .isZero();
        return result.stdout().isBlank() ? json.createObjectNode() : json.readTree(result.stdout());
    }

    @Test
    void eventsPublishedWithAwsEventsPutEventsAreDiscovered() throws Exception {
        Path entries = Files.writeString(work.resolve("entries.json"), """
                [{"Source":"com.cli.orders","DetailType":"Order Placed","Detail":"{\\"orderId\\":\\"o-1\\",\\"coupon\\":null}"},
                 {"Source":"com.cli.orders","DetailType":"Order Placed","Detail":"not json"},
                 {"Source":"com.cli.orders","DetailType":"Order Placed","Detail":"{\\"orderId\\":\\"o-2\\",\\"coupon\\":\\"XMAS\\"}"}]
                """);
        JsonNode put = ok("events", "put-events", "--entries", "file://" + entries);
        assertThat(put.path("FailedEntryCount").asInt()).isEqualTo(1);
        assertThat(put.path("Entries").get(1).path("ErrorCode").asText()).isEqualTo("MalformedDetail");
        assertThat(put.path("Entries").get(0).path("EventId").asText()).isNotBlank();

        JsonNode discovered = ok(
                "schemas",
                "describe-schema",
                "--registry-name",
                "discovered-schemas",
                "--schema-name",
                "com.cli.orders@OrderPlaced");
        assertThat(discovered.path("SchemaVersion").asText()).isEqualTo("1");
        assertThat(discovered.path("Content").asText()).contains("\"coupon\"", "\"nullable\": true");
    }

    @Test
    void theQuickTourWorksWithTheAwsCli() throws Exception {
        Path v1 = Files.writeString(work.resolve("v1.json"), Schemas.openApi("OrderPlaced", "orderId"));
        Path v2 = Files.writeString(work.resolve("v2.json"), Schemas.openApi("OrderPlaced", "orderId", "coupon"));
        String schema = "com.acme.orders@OrderPlaced";

        JsonNode registry =
                ok("schemas", "create-registry", "--registry-name", "orders", "--description", "Order events");
        assertThat(registry.path("RegistryArn").asText()).endsWith(":registry/orders");

        JsonNode created = ok(
                "schemas",
                "create-schema",
                "--registry-name",
                "orders",
                "--schema-name",
                schema,
                "--type",
                "OpenApi3",
                "--content",
                "file://" + v1);
        assertThat(created.path("SchemaVersion").asText()).isEqualTo("1");

        JsonNode described = ok("schemas", "describe-schema", "--registry-name", "orders", "--schema-name", schema);
        assertThat(described.path("Content").asText()).isEqualTo(Files.readString(v1));
        assertThat(described.path("Type").asText()).isEqualTo("OpenApi3");

        JsonNode updated = ok(
                "schemas",
                "update-schema",
                "--registry-name",
                "orders",
                "--schema-name",
                schema,
                "--type",
                "OpenApi3",
                "--content",
                "file://" + v2);
        assertThat(updated.path("SchemaVersion").asText()).isEqualTo("2");

        JsonNode versions = ok("schemas", "list-schema-versions", "--registry-name", "orders", "--schema-name", schema);
        assertThat(versions.path("SchemaVersions").findValuesAsText("SchemaVersion"))
                .containsExactly("2", "1");

        JsonNode found = ok("schemas", "search-schemas", "--registry-name", "orders", "--keywords", "coupon");
        assertThat(found.path("Schemas").get(0).path("SchemaName").asText()).isEqualTo(schema);
        assertThat(found.path("Schemas").get(0).path("SchemaVersions").findValuesAsText("SchemaVersion"))
                .containsExactly("2");

        JsonNode exported = ok(
                "schemas",
                "export-schema",
                "--registry-name",
                "orders",
                "--schema-name",
                schema,
                "--type",
                "JSONSchemaDraft4");
        JsonNode draft4 = json.readTree(exported.path("Content").asText());
        assertThat(draft4.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-04/schema#");
        assertThat(draft4.path("definitions").has("OrderPlaced")).isTrue();

        ok(
                "schemas",
                "delete-schema-version",
                "--registry-name",
                "orders",
                "--schema-name",
                schema,
                "--schema-version",
                "1");
        JsonNode remaining =
                ok("schemas", "list-schema-versions", "--registry-name", "orders", "--schema-name", schema);
        assertThat(remaining.path("SchemaVersions").findValuesAsText("SchemaVersion"))
                .containsExactly("2");

        Result missing = aws("schemas", "describe-schema", "--registry-name", "orders", "--schema-name", "nope");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("NotFoundException").contains("Schema nope does not exist");

        Result unchanged = aws(
                "schemas",
                "update-schema",
                "--registry-name",
                "orders",
                "--schema-name",
                schema,
                "--type",
                "OpenApi3",
                "--content",
                "file://" + v2);
        assertThat(unchanged.exitCode()).isNotZero();
        assertThat(unchanged.stderr()).contains("ConflictException").contains("No change since the previous version");
    }
}
