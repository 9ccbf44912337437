package dev.bindery.maven.patterns;

import dev.bindery.maven.registry.HttpRegistryClient;
import dev.bindery.maven.registry.PatternLint;
import dev.bindery.maven.registry.RegistryAccess;
import dev.bindery.maven.registry.RegistryClient;
import dev.bindery.maven.registry.RegistryException;
import dev.bindery.maven.schema.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lints every event pattern file of the project against the registry and prints each finding under its file. Fails
 * when a pattern cannot match (an ERROR finding, or a pattern the registry refuses as invalid) and, when asked, on
 * warnings; the failure lists every such finding with its file, path and suggestion.
 */
public final class PatternCheckTask {
    private final PatternCheckRequest request;
    private final RegistryClient client;
    private final Console console;

    public PatternCheckTask(PatternCheckRequest request, RegistryAccess access, Console console) {
        this(request, new HttpRegistryClient(access), console);
    }

    PatternCheckTask(PatternCheckRequest request, RegistryClient client, Console console) {
        this.request = request;
        this.client = client;
        this.console = console;
    }

    /** Thrown when a pattern cannot match; the message lists every failing finding under its file. */
    public static final class PatternCheckException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PatternCheckException(String message) {
            super(message);
        }
    }

    /** Lints every file; returns how many were checked. */
    public int run() {
        List<Path> files = files();
        if (files.isEmpty()) {
            console.warn("No event pattern files (*.json) to check in " + request.patternDirectory());
            return 0;
        }
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (Path file : files) {
            String name = request.patternDirectory().relativize(file).toString().replace('\\', '/');
            String failure = check(name, read(file));
            if (failure != null) {
                failed++;
                failures.append('\n').append(name).append(':').append(failure);
            }
        }
        String where = "bus " + request.eventBus()
                + (request.registry() == null ? "" : " and registry " + request.registry()) + " at " + client.url();
        if (failed > 0) {
            throw new PatternCheckException(failed + " of " + files.size() + " event pattern file(s) in "
                    + request.patternDirectory() + " failed the lint against the schemas of " + where + ":" + failures);
        }
        console.info(files.size() + " event pattern file(s) checked against the schemas of " + where);
        return files.size();
    }

    /** Lints one file and prints its findings; returns the lines that fail the build, or {@code null}. */
    private String check(String name, String pattern) {
        PatternLint lint;
        try {
            lint = client.lintPattern(pattern, request.eventBus(), request.registry());
        } catch (RegistryException e) {
            if (e.status() != 400) {
                throw e;
            }
            console.warn(name + ": not a valid event pattern: " + e.getMessage());
            return "\n  not a valid event pattern: " + e.getMessage();
        }
        if (lint.findings().isEmpty()) {
            console.info(
                    name + ": no findings (matches " + lint.matchingSchemas().size() + " schema(s))");
            return null;
        }
        StringBuilder failing = new StringBuilder();
        for (PatternLint.Finding f : lint.findings()) {
            String line = describe(f);
            if (f.error() || request.failOnWarning()) {
                failing.append("\n  ").append(line);
            }
            console.warn(name + ": " + line);
        }
        return failing.length() == 0 ? null : failing.toString();
    }

    private static String describe(PatternLint.Finding f) {
        return f.severity() + " " + (f.path() == null || f.path().isEmpty() ? "(pattern)" : f.path()) + " [" + f.kind()
                + "]: " + f.message() + (f.suggestion() == null ? "" : " Did you mean " + f.suggestion() + "?");
    }

    private List<Path> files() {
        Path directory = request.patternDirectory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
