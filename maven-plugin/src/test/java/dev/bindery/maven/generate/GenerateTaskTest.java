package dev.bindery.maven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.RefMapping;
import dev.bindery.maven.registry.FakeRegistry;
import dev.bindery.maven.registry.RegistryClient;
import dev.bindery.maven.schema.Digests;
import dev.bindery.maven.schema.RecordingConsole;
import dev.bindery.maven.schema.SchemaRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateTaskTest {
    static final String ORDER = """
            {"title": "OrderPlaced", "type": "object", "required": ["id"],
             "properties": {"id": {"type": "string"}, "total": {"type": "number"}}}""";
    static final String REFUND = """
            {"title": "RefundIssued", "type": "object", "properties": {"amount": {"type": "number"}}}""";

    @TempDir
    Path project;

    final RecordingConsole console = new RecordingConsole();
    final FakeRegistry registry = new FakeRegistry();

    GenerateRequest request(
            List<SchemaRef> schemas, GeneratorOptions options, boolean subPackages, boolean updateLock) {
        return new GenerateRequest(
                project.resolve("src/main/schemas"),
                List.of("**/*.json"),
                List.of(),
                schemas,
                project.resolve("target/generated-sources/bindery"),
                project.resolve("target/bindery/default.state"),
                project.resolve("bindery.lock"),
                updateLock,
                project.resolve("cache"),
                options,
                subPackages,
                "1.0");
    }

    GenerateRequest local() {
        return request(List.of(), GeneratorOptions.defaults().withPackageName("com.acme.events"), true, false);
    }

    GenerateTask.Result run(GenerateRequest request, Supplier<RegistryClient> client) {
        return new GenerateTask(request, client, console).run();
    }

    GenerateTask.Result run(GenerateRequest request) {
        return run(request, () -> registry);
    }

    void schema(String path, String content) throws IOException {
        Path file = project.resolve("src/main/schemas").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    List<String> generated() throws IOException {
        Path out = project.resolve("target/generated-sources/bindery");
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> out.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    static Supplier<RegistryClient> noRegistry() {
        return () -> {
            throw new AssertionError("the registry must not be needed");
        };
    }

    @Test
    void eachLocalSchemaGoesToASubPackageNamedAfterItsFile() throws IOException {
        schema("order-placed.json", ORDER);
        schema("refunds/refund.json", REFUND);

        GenerateTask.Result result = run(local());

        assertThat(result.upToDate()).isFalse();
        assertThat(generated())
                .contains(
                        "com/acme/events/order_placed/OrderPlaced.java",
                        "com/acme/events/order_placed/Marshaller.java",
                        "com/acme/events/refunds/refund/RefundIssued.java");
    }

    @Test
    void aSecondRunWithUnchangedInputsDoesNothing() throws IOException {
        schema("order.json", ORDER);
        run(local());
        Path file = project.resolve("target/generated-sources/bindery/com/acme/events/order/OrderPlaced.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);
        Files.setLastModifiedTime(project.resolve("target/bindery/default.state"), old);

        GenerateTask.Result second = run(local(), noRegistry());

        assertThat(second.upToDate()).isTrue();
        assertThat(console.lines()).last().asString().startsWith("Bindery sources are up to date (1 schemas");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        assertThat(Files.getLastModifiedTime(project.resolve("target/bindery/default.state")))
                .isEqualTo(old);
    }

    @Test
    void changedOptionsOrContentRegenerate() throws IOException {
        schema("order.json", ORDER);
        run(local());
        assertThat(run(request(List.of(), GeneratorOptions.defaults().withPackageName("com.acme.other"), true, false))
                        .upToDate())
                .isFalse();
        schema("order.json", ORDER.replace("\"total\"", "\"sum\""));
        assertThat(run(request(List.of(), GeneratorOptions.defaults().withPackageName("com.acme.other"), true, false))
                        .upToDate())
                .isFalse();
    }

    @Test
    void refMapsReadReferencedUrlsFromLocalFilesAndTheirContentIsPartOfTheFingerprint() throws IOException {
        schema("order.json", """
                {"title": "OrderPlaced", "type": "object",
                 "properties": {"customer": {"$ref": "https://example.com/schemas/customer.json"}}}""");
        Path shared = Files.createDirectories(project.resolve("shared"));
        Files.writeString(shared.resolve("customer.json"), """
                {"title": "Customer", "type": "object", "properties": {"name": {"type": "string"}}}""");
        GeneratorOptions options = GeneratorOptions.defaults()
                .withPackageName("com.acme.events")
                .withRefMappings(List.of(RefMapping.parse("https://example.com/schemas/=shared/", project)));

        run(request(List.of(), options, true, false));

        Path customer = project.resolve("target/generated-sources/bindery/com/acme/events/order/Customer.java");
        assertThat(Files.readString(customer)).contains("@JsonProperty(\"name\") String name");
        assertThat(run(request(List.of(), options, true, false), noRegistry()).upToDate())
                .isTrue();
        Files.writeString(shared.resolve("customer.json"), """
                {"title": "Customer", "type": "object", "properties": {"fullName": {"type": "string"}}}""");
        assertThat(run(request(List.of(), options, true, false), noRegistry()).upToDate())
                .isFalse();
        assertThat(Files.readString(customer)).contains("@JsonProperty(\"fullName\") String fullName");
    }

    @Test
    void aDeletedOutputFileIsGeneratedAgain() throws IOException {
        schema("order.json", ORDER);
        run(local());
        Files.delete(project.resolve("target/generated-sources/bindery/com/acme/events/order/OrderPlaced.java"));
        GenerateTask.Result again = run(local());
        assertThat(again.upToDate()).isFalse();
        assertThat(again.written()).isEqualTo(1);
    }

    @Test
    void aRemovedSchemasFilesAreRemovedAndTheOthersKept() throws IOException {
        schema("order.json", ORDER);
        schema("refund.json", REFUND);
        run(local());
        Files.delete(project.resolve("src/main/schemas/refund.json"));

        GenerateTask.Result result = run(local());

        assertThat(result.removed()).isEqualTo(3);
        assertThat(result.written()).isZero();
        assertThat(generated())
                .allMatch(p -> p.startsWith("com/acme/events/order/"))
                .isNotEmpty();
        assertThat(project.resolve("target/generated-sources/bindery/com/acme/events/refund"))
                .doesNotExist();
    }

    @Test
    void schemasSharingOnePackageWithClashingClassesFailNamingBoth() throws IOException {
        schema("a.json", ORDER);
        schema("b.json", ORDER.replace("\"total\"", "\"sum\""));
        GenerateRequest onePackage =
                request(List.of(), GeneratorOptions.defaults().withPackageName("com.acme"), false, false);

        assertThatThrownBy(() -> run(onePackage))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Schemas a.json and b.json both generate com/acme/OrderPlaced.java");
    }

    @Test
    void withoutAPackageEachSchemaGetsTheOneDerivedFromItsName() throws IOException {
        registry.put("orders", "com.acme@OrderPlaced", ORDER);
        registry.put("orders", "com.acme@RefundIssued", REFUND);
        run(request(
                List.of(
                        new SchemaRef("orders", "com.acme@OrderPlaced", null),
                        new SchemaRef("orders", "com.acme@RefundIssued", "1")),
                GeneratorOptions.defaults(),
                true,
                false));
        assertThat(generated())
                .contains(
                        "dev/bindery/events/com_acme/orderplaced/OrderPlaced.java",
                        "dev/bindery/events/com_acme/refundissued/RefundIssued.java");
    }

    @Test
    void registrySchemasAreLockedWithVersionAndHash() throws IOException {
        registry.put("orders", "com.acme@OrderPlaced", ORDER);
        registry.put("orders", "com.acme@OrderPlaced", ORDER.replace("\"total\"", "\"sum\""));

        run(request(
                List.of(new SchemaRef("orders", "com.acme@OrderPlaced", "latest")),
                GeneratorOptions.defaults(),
                true,
                false));

        Lockfile lock = Lockfile.read(project.resolve("bindery.lock"));
        String sha = Digests.sha256(ORDER.replace("\"total\"", "\"sum\"").getBytes(StandardCharsets.UTF_8));
        assertThat(lock.entries())
                .containsExactly(new Lockfile.Entry("orders", "com.acme@OrderPlaced", "latest", "2", sha));
        assertThat(project.resolve("cache/" + sha + ".json")).hasContent(ORDER.replace("\"total\"", "\"sum\""));
        assertThat(Files.readString(project.resolve(
                        "target/generated-sources/bindery/dev/bindery/events/com_acme/orderplaced/OrderPlaced.java")))
                .contains("schema com.acme@OrderPlaced version 2");
    }

    @Test
    void aLockedBuildUsesTheLockedVersionAndWithAWarmCacheNeedsNoRegistry() throws IOException {
        registry.put("orders", "com.acme@OrderPlaced", ORDER);
        List<SchemaRef> refs = List.of(new SchemaRef("orders", "com.acme@OrderPlaced", "latest"));
        run(request(refs, GeneratorOptions.defaults(), true, false));
        registry.put("orders", "com.acme@OrderPlaced", REFUND);
        Files.writeString(project.resolve("target/bindery/default.state"), "gone");

        GenerateTask.Result offline = run(request(refs, GeneratorOptions.defaults(), true, false), noRegistry());

        assertThat(offline.upToDate()).isFalse();
        assertThat(generated())
                .contains("dev/bindery/events/com_acme/orderplaced/OrderPlaced.java")
                .noneMatch(p -> p.endsWith("RefundIssued.java"));
    }

    @Test
    void aColdCacheFetchesTheLockedVersionNotTheLatest() throws IOException {
        registry.put("orders", "com.acme@OrderPlaced", ORDER);
        List<SchemaRef> refs = List.of(new SchemaRef("orders", "com.acme@OrderPlaced", "latest"));
        run(request(refs, GeneratorOptions.defaults(), true, false));
        registry.put("orders", "com.acme@OrderPlaced", REFUND);
        deleteTree(project.resolve("cache"));
        deleteTree(project.resolve("target"));
        registry.calls.clear();

        run(request(refs, GeneratorOptions.defaults(), true, false));

        assertThat(registry.calls).containsExactly("DescribeSchema orders/com.acme@OrderPlaced@1");
    }

    @Test
    void contentThatNoLongerMatchesTheLockFailsNamingSchemaVersionAndBothHashes() throws IOException {
        registry.put("orders", "com.acme@OrderPlaced", ORDER);
        List<SchemaRef> refs = List.of(new SchemaRef("orders", "com.acme@OrderPlaced", "1"));
        run(request(refs, GeneratorOptions.defaults(), true, false));
        registry.tamper("orders", "com.acme@OrderPlaced", "1", REFUND);
        deleteTree(project.resolve("cache"));
        deleteTree(project.resolve("target"));

        String locked = Digests.sha256(ORDER.getBytes(StandardCharsets.UTF_8));
        String served = Digests.sha256(REFUND.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> run(request(refs, GeneratorOptions.defaults(), true, false)))
                .isInstanceOf(SchemaResolver.LockMismatchException.class)
                .hasMessageContaining(
                        "Schema com.acme@OrderPlaced version 1 in registry orders does not match bindery.lock")
                .hasMessageContaining(locked)
                .hasMessageContaining(served)
                .hasMessageContaining("-Dbindery.updateLock=true");
    }

    @Test
    void updateLockResolvesLatestAgain() throws IOException {
        registry.put("orders", "com.acme@OrderPlaced", ORDER);
        List<SchemaRef> refs = List.of(new SchemaRef("orders", "com.acme@OrderPlaced", "latest"));
        run(request(refs, GeneratorOptions.defaults(), true, false));
        registry.put("orders", "com.acme@OrderPlaced", REFUND);

        GenerateTask.Result updated = run(request(refs, GeneratorOptions.defaults(), true, true));

        assertThat(updated.upToDate()).isFalse();
        assertThat(Lockfile.read(project.resolve("bindery.lock")).entries())
                .extracting(Lockfile.Entry::version)
                .containsExactly("2");
        assertThat(generated())
                .contains("dev/bindery/events/com_acme/orderplaced/RefundIssued.java")
                .noneMatch(p -> p.endsWith("OrderPlaced.java"));
        assertThat(console.lines()).anyMatch(l -> l.contains("version 1 -> 2"));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
