package dev.bindery.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "--schema <file|dir>",
                        "--style <records|classes>",
                        "--layout <bindery|eventbridge>",
                        "Exit codes");
    }

    @Test
    void writesSourcesIntoTheOutputDirectory(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(
                dir.resolve("ping.json"),
                "{\"title\":\"Ping\",\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\"}}}");
        Path outDir = dir.resolve("out");
        assertThat(run(
                        "--schema",
                        schema.toString(),
                        "--out",
                        outDir.toString(),
                        "--package",
                        "com.example",
                        "--style=classes"))
                .isZero();
        assertThat(Files.readString(outDir.resolve("com/example/Ping.java"))).contains("public final class Ping");
        assertThat(outDir.resolve("com/example/Marshaller.java")).exists();
    }

    @Test
    void eventBridgeLayoutUsesSchemaPackages(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("ping.json"), "{\"title\":\"Ping\",\"type\":\"object\"}");
        assertThat(run(
                        "--schema",
                        schema.toString(),
                        "--out",
                        dir.resolve("out").toString(),
                        "--layout",
                        "eventbridge",
                        "--schema-name",
                        "my.app@Ping"))
                .isZero();
        assertThat(dir.resolve("out/schema/my_app/ping/marshaller/Marshaller.java"))
                .exists();
    }

    @Test
    void schemaErrorsNameThePathAndExitWithOne(@TempDir Path dir) throws Exception {
        Path schema =
                Files.writeString(dir.resolve("bad.json"), "{\"properties\":{\"a\":{\"$ref\":\"http://x/y.json\"}}}");
        assertThat(run(
                        "--schema",
                        schema.toString(),
                        "--out",
                        dir.resolve("out").toString()))
                .isEqualTo(Main.SCHEMA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json#/properties/a", "remote reference");
    }

    @Test
    void missingSchemaFileExitsWithOne(@TempDir Path dir) {
        assertThat(run("--schema", dir.resolve("nope.json").toString(), "--out", dir.toString()))
                .isEqualTo(Main.SCHEMA_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.json", "no such schema file");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("--out", "x")).isEqualTo(Main.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--schema is required");
        assertThat(run("--schema", "a.json", "--out", "x", "--style", "beans")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("--bogus")).isEqualTo(Main.USAGE_ERROR);
        assertThat(run("--schema", "a.json", "--out", "x", "--package", "not a package"))
                .isEqualTo(Main.USAGE_ERROR);
    }

    @Test
    void unwritableOutputExitsWithThree(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("ping.json"), "{\"title\":\"Ping\",\"type\":\"object\"}");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(run("--schema", schema.toString(), "--out", file.toString())).isEqualTo(Main.IO_ERROR);
    }
}
