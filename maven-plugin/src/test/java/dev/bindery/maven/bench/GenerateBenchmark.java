package dev.bindery.maven.bench;

import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.maven.generate.GenerateRequest;
import dev.bindery.maven.generate.GenerateTask;
import dev.bindery.maven.registry.RegistryAccess;
import dev.bindery.maven.schema.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generate task without Maven, in one JVM (bench/plugin.sh): a full generate of a schema directory,
 * then up-to-date runs, the first of which is as cold as a build's first execution, and the rest warm.
 *
 * <p>Arguments: schema directory, include glob, work directory, rounds.
 */
public final class GenerateBenchmark {
    private GenerateBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path schemas = Path.of(args[0]);
        Path work = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        deleteTree(work);
        GenerateRequest request = new GenerateRequest(
                schemas,
                List.of(args[1]),
                List.of(),
                List.of(),
                work.resolve("generated-sources/bindery"),
                work.resolve("bindery/default.state"),
                work.resolve("bindery.lock"),
                false,
                work.resolve("cache"),
                GeneratorOptions.defaults(),
                true,
                "bench");
        Console quiet = new Console() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}
        };
        RegistryAccess nowhere = RegistryAccess.anonymous("http://127.0.0.1:1");

        long start = System.nanoTime();
        GenerateTask.Result full = new GenerateTask(request, nowhere, quiet).run();
        double fullMs = (System.nanoTime() - start) / 1e6;

        double[] upToDate = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            GenerateTask.Result result = new GenerateTask(request, nowhere, quiet).run();
            upToDate[i] = (System.nanoTime() - t) / 1e6;
            if (!result.upToDate()) {
                throw new IllegalStateException("not up to date in round " + i);
            }
        }
        double[] warm = Arrays.copyOfRange(upToDate, 1, rounds);
        Arrays.sort(warm);
        System.out.printf(
                "in one JVM: full generate of %d schemas (%d files, cold JVM) %.0f ms; "
                        + "up-to-date check: first %.1f ms, then median %.2f ms over %d runs%n",
                full.schemas(), full.files(), fullMs, upToDate[0], warm[warm.length / 2], warm.length);
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
