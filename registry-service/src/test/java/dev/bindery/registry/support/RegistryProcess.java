package dev.bindery.registry.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The registry in a JVM of its own, on the test class path and the embedded default store in a
 * given data directory, for tests that stop it the hard way ({@code kill -9}) or the orderly way.
 */
public final class RegistryProcess implements AutoCloseable {

    private final Process process;
    private final Path data;
    private final URL url;

    private RegistryProcess(Process process, Path data, URL url) {
        this.process = process;
        this.data = data;
        this.url = url;
    }

    /** Starts the registry with these system properties and waits until it answers {@code /ping}. */
    public static RegistryProcess start(Path data, int port, Map<String, String> properties) throws Exception {
        return start(data, port, properties, List.of());
    }

    /**
     * Starts the registry under a launcher: {@code launcher} is the command that runs the rest of
     * the command line (e.g. {@code unshare} with a shell that mounts a file system first and then
     * {@code exec}s the JVM, so the process is the JVM itself).
     */
    public static RegistryProcess start(Path data, int port, Map<String, String> properties, List<String> launcher)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(java, "-Xmx256m"));
        String extra = System.getenv("BINDERY_JAVA_OPTS"); // e.g. a profiler's options, for bench/ scripts
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "-Dbindery.data-dir=" + data,
                "-Dmicronaut.server.port=" + port));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("dev.bindery.registry.Application");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true)
                .redirectOutput(
                        data.resolve("server-" + System.nanoTime() + ".log").toFile());
        Process process = builder.start();
        return new RegistryProcess(process, data, awaitReady(port, process, data));
    }

    public URL url() {
        return url;
    }

    /** SIGQUIT: the JVM writes a thread dump to its log, for the message of a test that timed out. */
    public void dumpThreads() throws Exception {
        new ProcessBuilder("kill", "-3", String.valueOf(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        Thread.sleep(500);
    }

    /** SIGKILL: no shutdown hooks, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the registry did not die within 30 s");
        }
    }

    /** SIGTERM, and waits for the orderly shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The logs of every registry process started on this data directory, for failure messages. */
    public String logs() throws IOException {
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(data)) {
            for (Path log : files.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .toList()) {
                logs.append("--- ").append(log.getFileName()).append('\n').append(Files.readString(log));
            }
        }
        return logs.toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static URL awaitReady(int port, Process process, Path data) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI ping = URI.create("http://127.0.0.1:" + port + "/ping");
        for (int i = 0; i < 240; i++) {
            if (!process.isAlive()) {
                throw new AssertionError("the registry process exited; logs in " + data);
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(ping)
                                                .timeout(Duration.ofSeconds(2))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return URI.create("http://127.0.0.1:" + port).toURL();
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the registry did not start within 60 s; logs in " + data);
    }
}
