package dev.bindery.maven.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last {@code generate} did, kept under {@code target}: the fingerprint of its inputs and
 * options, and the manifest of generated files per input (so that a removed schema's files can be
 * removed). A plain text file (the fingerprint, then one {@code input<TAB>path} line per file), so that
 * the up-to-date check needs no JSON parser.
 *
 * @param fingerprint SHA-256 over the plugin version, the options and every input's bytes
 * @param files per input key, the generated files' paths relative to the output directory
 */
public record BuildState(String fingerprint, Map<String, List<String>> files) {
    private static final String HEADER = "bindery-generate-state 1";

    public BuildState {
        Map<String, List<String>> copy = new TreeMap<>();
        files.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        files = Collections.unmodifiableMap(copy);
    }

    /** The state in {@code file}, or {@code null} when there is none or it cannot be read. */
    public static BuildState read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                return null;
            }
            Map<String, List<String>> files = new LinkedHashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    files.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                            .add(line.substring(tab + 1));
                }
            }
            return new BuildState(lines.get(1), files);
        } catch (IOException e) {
            return null;
        }
    }

    public void write(Path file) {
        StringBuilder text =
                new StringBuilder(HEADER).append('\n').append(fingerprint).append('\n');
        files.forEach((key, paths) ->
                paths.forEach(path -> text.append(key).append('\t').append(path).append('\n')));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every generated file, each once, sorted. */
    public TreeSet<String> allFiles() {
        TreeSet<String> all = new TreeSet<>();
        files.values().forEach(all::addAll);
        return all;
    }

    /** Whether every file of the manifest is still in {@code outputDirectory}. */
    public boolean filesExist(Path outputDirectory) {
        for (List<String> paths : files.values()) {
            for (String path : paths) {
                if (!Files.isRegularFile(outputDirectory.resolve(path))) {
                    return false;
                }
            }
        }
        return true;
    }
}
