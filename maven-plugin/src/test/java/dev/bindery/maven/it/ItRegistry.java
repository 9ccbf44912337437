package dev.bindery.maven.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts and stops the real registry (the shaded registry-service jar) for the invoker ITs; run by
 * exec:java in pre- and post-integration-test.
 *
 * <pre>
 * start &lt;jar&gt; &lt;port&gt; &lt;data dir&gt; &lt;pid file&gt; [NAME=value…]   starts it on 127.0.0.1:port with H2 in a fresh
 *                                                         data dir and these environment variables (e.g.
 *                                                         BINDERY_AUTH=on), waits for GET /ping
 * stop &lt;pid file&gt;                                         stops it
 * </pre>
 *
 * A shutdown hook also stops it when the Maven JVM ends before post-integration-test runs.
 */
public final class ItRegistry {
    private ItRegistry() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "start" ->
                start(
                        Path.of(args[1]),
                        Integer.parseInt(args[2]),
                        Path.of(args[3]),
                        Path.of(args[4]),
                        Arrays.asList(args).subList(5, args.length));
            case "stop" -> stop(Path.of(args[1]));
            default -> throw new IllegalArgumentException("start or stop, not " + args[0]);
        }
    }

    private static void start(Path jar, int port, Path dataDir, Path pidFile, List<String> environment)
            throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build registry-service first");
        }
        deleteTree(dataDir);
        Files.createDirectories(dataDir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
        builder.environment().put("BINDERY_PORT", String.valueOf(port));
        builder.environment().put("BINDERY_HOST", "127.0.0.1");
        builder.environment().put("BINDERY_DATA_DIR", dataDir.toString());
        for (String variable : environment) {
            int equals = variable.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("not NAME=value: " + variable);
            }
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> terminate(process.toHandle())));
        Files.writeString(pidFile, Long.toString(process.pid()));
        URI ping = URI.create("http://127.0.0.1:" + port + "/ping");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the registry exited with " + process.exitValue() + "; see its log next to " + dataDir);
            }
            if (answers(ping)) {
                System.out.println("[ItRegistry] registry " + process.pid() + " ready at http://127.0.0.1:" + port);
                return;
            }
            Thread.sleep(250);
        }
        terminate(process.toHandle());
        throw new IllegalStateException("the registry did not answer " + ping + " within 120 s");
    }

    private static boolean answers(URI ping) {
        try {
            HttpURLConnection connection = (HttpURLConnection) ping.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(1000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid =
                Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim());
        ProcessHandle.of(pid).ifPresent(ItRegistry::terminate);
        Files.delete(pidFile);
        System.out.println("[ItRegistry] registry " + pid + " stopped");
    }

    private static void terminate(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
