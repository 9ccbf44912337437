package dev.bindery.codegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command-line jar runs on its own with {@code java -jar}. */
class CliJarIT {
    record Result(int exitCode, String output) {}

    static Result java(String... args) throws IOException, InterruptedException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("bindery-codegen-.*-cli\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no -cli.jar in target; run the package phase"));
        }
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    @Test
    void helpExitsWithZero() throws Exception {
        Result result = java("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("Usage: bindery-codegen");
    }

    @Test
    void generatesFilesAndFailsWithNonZeroCodes(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("ping.json"), "{\"title\":\"Ping\",\"type\":\"object\"}");
        Result ok =
                java("--schema", schema.toString(), "--out", dir.resolve("out").toString(), "--package", "p");
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(dir.resolve("out/p/Ping.java")).exists();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"type\":");
        Result failed =
                java("--schema", bad.toString(), "--out", dir.resolve("out2").toString());
        assertThat(failed.exitCode()).isEqualTo(Main.SCHEMA_ERROR);
        assertThat(failed.output()).contains("bad.json", "not valid JSON");
        assertThat(java("--nope").exitCode()).isEqualTo(Main.USAGE_ERROR);
        assertThat(new File(dir.resolve("out2").toString())).doesNotExist();
    }
}
