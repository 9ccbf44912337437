package dev.bindery.maven.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.maven.registry.CompatibilityReport;
import dev.bindery.maven.registry.FakeRegistry;
import dev.bindery.maven.schema.RecordingConsole;
import dev.bindery.maven.schema.SchemaRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** download, register and check-compatibility against the fake registry. */
class PublishTasksTest {
    static final String ORDER = "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}}}";
    static final String OPENAPI =
            "{\"openapi\": \"3.0.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}";

    @TempDir
    Path dir;

    final FakeRegistry registry = new FakeRegistry();
    final RecordingConsole console = new RecordingConsole();

    void file(String name, String content) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), content);
    }

    RegisterTask register(boolean createRegistry) {
        return new RegisterTask(
                new RegisterRequest(dir, List.of("*.json", "*.yaml"), List.of(), "orders", createRegistry),
                registry,
                console);
    }

    @Test
    void registerCreatesThenUpdatesAndLeavesUnchangedSchemasAlone() throws IOException {
        registry.withRegistry("orders");
        file("com.acme@OrderPlaced.json", ORDER);
        file("api.json", OPENAPI);

        assertThat(register(false).run())
                .extracting(RegisterTask.Outcome::change)
                .containsExactly(RegisterTask.Change.CREATED, RegisterTask.Change.CREATED);
        assertThat(registry.calls)
                .contains(
                        "CreateSchema orders/api OpenApi3",
                        "CreateSchema orders/com.acme@OrderPlaced JSONSchemaDraft4");

        file("com.acme@OrderPlaced.json", ORDER.replace("string", "integer"));
        assertThat(register(false).run())
                .extracting(RegisterTask.Outcome::change, RegisterTask.Outcome::version)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RegisterTask.Change.UNCHANGED, "1"),
                        org.assertj.core.groups.Tuple.tuple(RegisterTask.Change.NEW_VERSION, "2"));
        assertThat(console.lines()).contains("com.acme@OrderPlaced: new version 2", "api: unchanged (version 1)");

        registry.calls.clear();
        assertThat(register(false).run())
                .extracting(RegisterTask.Outcome::change)
                .containsOnly(RegisterTask.Change.UNCHANGED);
        assertThat(registry.calls).noneMatch(c -> c.startsWith("UpdateSchema") || c.startsWith("CreateSchema"));
        assertThat(registry.versions("orders", "com.acme@OrderPlaced")).hasSize(2);
    }

    @Test
    void reformattedContentIsUnchanged() throws IOException {
        registry.put("orders", "o", ORDER);
        file("o.json", ORDER.replace(" ", "").replace(",", ",\n"));
        assertThat(register(false).run())
                .extracting(RegisterTask.Outcome::change)
                .containsExactly(RegisterTask.Change.UNCHANGED);
    }

    @Test
    void aConflictOnUpdateCountsAsUnchanged() {
        FakeRegistry conflicting = new FakeRegistry() {
            @Override
            public dev.bindery.maven.registry.SchemaVersion describeSchema(String r, String s, String v) {
                return new dev.bindery.maven.registry.SchemaVersion(r, s, "4", "JSONSchemaDraft4", "{\"other\": true}");
            }

            @Override
            public String updateSchema(String r, String s, String type, String content) {
                throw new dev.bindery.maven.registry.RegistryException(
                        409, "ConflictException", "No change since the previous version");
            }
        };
        conflicting.withRegistry("orders");
        assertThat(conflicting.registryExists("orders")).isTrue();
        try {
            file("o.json", ORDER);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<RegisterTask.Outcome> outcomes = new RegisterTask(
                        new RegisterRequest(dir, List.of("*.json"), List.of(), "orders", false), conflicting, console)
                .run();
        assertThat(outcomes).containsExactly(new RegisterTask.Outcome("o", RegisterTask.Change.UNCHANGED, "4"));
    }

    @Test
    void aMissingRegistryFailsUnlessAskedToCreateIt() throws IOException {
        file("o.json", ORDER);
        assertThatThrownBy(() -> register(false).run())
                .hasMessage("Registry orders does not exist at http://fake.invalid:8080; create it, or let the plugin "
                        + "create it with -Dbindery.createRegistry=true");
        register(true).run();
        assertThat(registry.calls).contains("CreateRegistry orders", "CreateSchema orders/o JSONSchemaDraft4");
    }

    @Test
    void yamlFilesAreRegisteredAsJson() throws IOException {
        registry.withRegistry("orders");
        file("y.yaml", "type: object\nproperties:\n  id:\n    type: string\n");
        register(false).run();
        assertThat(registry.versions("orders", "y").get(0).content())
                .startsWith("{")
                .contains("\"type\" : \"object\"");
    }

    @Test
    void downloadWritesOneFilePerSchemaAndLeavesUnchangedFilesAlone() throws IOException {
        registry.put("orders", "com.acme@OrderPlaced", ORDER);
        registry.put("orders", "com.acme@OrderPlaced", ORDER.replace("string", "integer"));
        registry.put("orders", "a/b c", OPENAPI);
        Path out = dir.resolve("schemas");

        new DownloadTask(
                        new DownloadRequest(
                                List.of(new SchemaRef("orders", "com.acme@OrderPlaced", "1")), List.of(), out),
                        registry,
                        console)
                .run();
        assertThat(out.resolve("com.acme@OrderPlaced.json")).hasContent(ORDER);

        List<Path> files =
                new DownloadTask(new DownloadRequest(List.of(), List.of("orders"), out), registry, console).run();
        assertThat(files).containsExactly(out.resolve("com.acme@OrderPlaced.json"), out.resolve("a_b_c.json"));
        assertThat(out.resolve("com.acme@OrderPlaced.json")).hasContent(ORDER.replace("string", "integer"));

        console.clear();
        new DownloadTask(new DownloadRequest(List.of(), List.of("orders"), out), registry, console).run();
        assertThat(console.lines()).allMatch(l -> l.endsWith("unchanged"));
    }

    CompatibilityTask check(boolean fail) {
        return new CompatibilityTask(
                new CompatibilityRequest(dir, List.of("*.json"), List.of(), "orders", null, "STRICT", fail),
                registry,
                console);
    }

    @Test
    void aNewSchemaHasNothingToBeCompatibleWith() throws IOException {
        file("fresh.json", ORDER);
        assertThat(check(true).run()).isEmpty();
        assertThat(console.lines()).containsExactly("fresh: new schema, nothing to check");
    }

    @Test
    void anIncompatibleSchemaFailsListingEveryBreakingFinding() throws IOException {
        file("o.json", ORDER);
        file("p.json", ORDER);
        registry.answerCompatibility(
                "o",
                new CompatibilityReport(
                        false,
                        "BACKWARD",
                        "STRICT",
                        List.of("1", "2"),
                        List.of(
                                new CompatibilityReport.Finding(
                                        "2",
                                        "/properties/detail/properties/amount",
                                        "TYPE_CHANGED",
                                        "CHANGES",
                                        "type changed from number to string",
                                        true),
                                new CompatibilityReport.Finding(
                                        "2",
                                        "/properties/detail/properties/note",
                                        "PROPERTY_ADDED",
                                        "EXTENDS",
                                        "optional property added",
                                        false))));
        registry.answerCompatibility("p", new CompatibilityReport(true, "BACKWARD", "STRICT", List.of("1"), List.of()));

        assertThatThrownBy(() -> check(true).run())
                .isInstanceOf(CompatibilityTask.IncompatibleSchemaException.class)
                .hasMessage("""
                        1 schema(s) incompatible with registry orders at http://fake.invalid:8080:
                        o (o.json) is incompatible with versions [1, 2] (BACKWARD, STRICT):
                          version 2 /properties/detail/properties/amount: type changed from number to string [TYPE_CHANGED, breaking]""");
        assertThat(registry.calls).contains("CheckCompatibility orders/o JSONSchemaDraft4 null STRICT");
        assertThat(console.lines()).contains("p: compatible with versions [1] (BACKWARD, STRICT)");
        assertThat(check(false).run()).containsExactly("o");
    }

    @Test
    void anUnknownModeIsRefused() {
        assertThatThrownBy(() -> new CompatibilityRequest(dir, List.of(), List.of(), "r", "SIDEWAYS", null, true))
                .hasMessageStartingWith("not a compatibility mode: SIDEWAYS");
    }
}
