package dev.bindery.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real AWS CLI ({@code /usr/bin/aws}, Debian package awscli) pointed at a Bindery server with dummy
 * credentials, no configuration files and no pager; JSON output.
 */
public final class AwsCli {

    private final URL server;
    private final Path work;

    public AwsCli(URL server, Path work) {
        this.server = server;
        this.work = work;
    }

    /** What one command printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs {@code aws <args> --endpoint-url <server> --region us-east-1 --output json}. */
    public Result run(String... args) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/aws"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", server.toString(), "--region", "us-east-1", "--output", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment()
                .putAll(Map.of(
                        "AWS_ACCESS_KEY_ID",
                        "x",
                        "AWS_SECRET_ACCESS_KEY",
                        "y",
                        "AWS_PAGER",
                        "",
                        "AWS_CONFIG_FILE",
                        work.resolve("no-config").toString(),
                        "AWS_SHARED_CREDENTIALS_FILE",
                        work.resolve("no-credentials").toString(),
                        "AWS_EC2_METADATA_DISABLED",
                        "true"));
        try {
            Process process = builder.start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("aws " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Result(
                    process.exitValue(),
                    new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
