package dev.bindery.registry.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.BadRequestException;
import software.amazon.awssdk.services.schemas.model.CodeGenerationStatus;
import software.amazon.awssdk.services.schemas.model.GetCodeBindingSourceResponse;
import software.amazon.awssdk.services.schemas.model.NotFoundException;
import software.amazon.awssdk.services.schemas.model.Type;

/**
 * The code-binding flow the IDE toolkits and SAM CLI drive, through the AWS SDK v2 and its waiter:
 * GetCodeBindingSource → NotFoundException → PutCodeBinding → waitUntilCodeBindingExists →
 * GetCodeBindingSource; then the zip's sources are compiled with javac for their Java release.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeBindingFlowTest implements TestPropertyProvider {

    private static final String SCHEMA = "com.acme.orders@OrderPlaced";

    @Inject
    EmbeddedServer server;

    @TempDir
    Path work;

    private SchemasClient schemas;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    @BeforeAll
    void createSchema() throws IOException {
        schemas = Clients.schemas(server.getURL());
        String content = new String(
                getClass()
                        .getResourceAsStream("/samples/order-placed.openapi.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        schemas.createRegistry(r -> r.registryName("orders"));
        schemas.createSchema(r ->
                r.registryName("orders").schemaName(SCHEMA).type(Type.OPEN_API3).content(content));
    }

    @AfterAll
    void close() {
        schemas.close();
    }

    @Test
    void java8BindingsFollowTheToolkitFlowAndCompileForJava8() throws Exception {
        Path sources = fetchThroughTheToolkitFlow("Java8");
        assertThat(sources.resolve("src/main/java/schema/com_acme_orders/orderplaced"))
                .isDirectory();
        assertThat(sources.resolve("README.md"))
                .content()
                .contains("jackson-databind", "jackson-datatype-jsr310", "jackson-datatype-jdk8");
        assertThat(sources.resolve("bindery-manifest.json")).content().contains("\"schema\" : \"" + SCHEMA + "\"");
        compile(sources, "8");
    }

    @Test
    void java17BindingsAreRecordsAndCompileForJava17() throws Exception {
        Path sources = fetchThroughTheToolkitFlow("Java17");
        try (Stream<Path> files = Files.walk(sources.resolve("src/main/java"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).map(this::read))
                    .anyMatch(text -> text.contains("public record "));
        }
        compile(sources, "17");
    }

    @Test
    void aBindingIsGeneratedOnceAndKept() {
        var first = schemas.putCodeBinding(
                r -> r.registryName("orders").schemaName(SCHEMA).language("Java17"));
        var again = schemas.putCodeBinding(
                r -> r.registryName("orders").schemaName(SCHEMA).language("Java17"));
        assertThat(again.creationDate()).isEqualTo(first.creationDate());
        assertThat(again.schemaVersion()).isEqualTo("1");
    }

    @Test
    void unsupportedLanguagesAndUnknownSchemasAreRefused() {
        assertThatThrownBy(() -> schemas.putCodeBinding(
                        r -> r.registryName("orders").schemaName(SCHEMA).language("Python36")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Java8, Java17");
        assertThatThrownBy(() -> schemas.putCodeBinding(
                        r -> r.registryName("orders").schemaName("nope").language("Java8")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schemas.describeCodeBinding(r -> r.registryName("orders")
                        .schemaName(SCHEMA)
                        .language("Java8")
                        .schemaVersion("9")))
                .isInstanceOf(NotFoundException.class);
    }

    private Path fetchThroughTheToolkitFlow(String language) throws IOException {
        assertThatThrownBy(() -> schemas.getCodeBindingSource(
                        r -> r.registryName("orders").schemaName(SCHEMA).language(language)))
                .isInstanceOf(NotFoundException.class);
        var put = schemas.putCodeBinding(
                r -> r.registryName("orders").schemaName(SCHEMA).language(language));
        assertThat(put.status()).isIn(CodeGenerationStatus.CREATE_IN_PROGRESS, CodeGenerationStatus.CREATE_COMPLETE);
        var waited = schemas.waiter()
                .waitUntilCodeBindingExists(
                        r -> r.registryName("orders").schemaName(SCHEMA).language(language));
        assertThat(waited.matched().response())
                .hasValueSatisfying(
                        described -> assertThat(described.status()).isEqualTo(CodeGenerationStatus.CREATE_COMPLETE));
        GetCodeBindingSourceResponse zip = schemas.getCodeBindingSource(
                r -> r.registryName("orders").schemaName(SCHEMA).language(language));
        return unzip(zip.body().asByteArray(), work.resolve(language));
    }

    private static Path unzip(byte[] zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                assertThat(file).startsWithRaw(target);
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
        return target;
    }

    private static void compile(Path root, String release) throws IOException, URISyntaxException {
        List<String> arguments = new ArrayList<>(List.of(
                "--release",
                release,
                "-Xlint:all",
                "-Werror",
                "-proc:none",
                "-d",
                root.resolve("classes").toString(),
                "-cp",
                jarOf(ObjectMapper.class)
                        + java.io.File.pathSeparator
                        + jarOf(JavaTimeModule.class)
                        + java.io.File.pathSeparator
                        + jarOf(com.fasterxml.jackson.datatype.jdk8.Jdk8Module.class)
                        + java.io.File.pathSeparator
                        + jarOf(com.fasterxml.jackson.annotation.JsonProperty.class)
                        + java.io.File.pathSeparator
                        + jarOf(com.fasterxml.jackson.core.JsonParser.class)));
        try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> arguments.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        int exit = javac.run(null, output, output, arguments.toArray(String[]::new));
        assertThat(exit)
                .as("javac --release %s:%n%s", release, output.toString(StandardCharsets.UTF_8))
                .isZero();
    }

    private static String jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    private String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
