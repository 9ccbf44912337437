package dev.bindery.maven.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.codegen.json.JsonMappers;
import dev.bindery.maven.schema.SchemaRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code bindery.lock}: per registry schema the version a build resolved and the SHA-256 of its content.
 * Written sorted and pretty-printed so that it diffs well; committed with the project.
 *
 * @param entries one per (registry, name, requested version)
 */
public record Lockfile(List<Entry> entries) {
    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::registry).thenComparing(Entry::name).thenComparing(Entry::requested);

    /**
     * A locked schema.
     *
     * @param registry the registry name
     * @param name the schema name
     * @param requested what the POM asks for: {@code latest} or a number
     * @param version the version it resolved to
     * @param sha256 the SHA-256 of the content (UTF-8), lower-case hex
     */
    public record Entry(String registry, String name, String requested, String version, String sha256) {
        boolean locks(SchemaRef ref) {
            return registry.equals(ref.registry()) && name.equals(ref.name()) && requested.equals(ref.version());
        }
    }

    public Lockfile {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /** The lockfile at {@code file}, or an empty one when there is none. */
    public static Lockfile read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Lockfile(List.of());
        }
        try {
            JsonNode root = JsonMappers.strict().readTree(file.toFile());
            List<Entry> entries = new ArrayList<>();
            for (JsonNode node : root.path("schemas")) {
                entries.add(new Entry(
                        required(node, "registry", file),
                        required(node, "name", file),
                        required(node, "requested", file),
                        required(node, "version", file),
                        required(node, "sha256", file)));
            }
            return new Lockfile(entries);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a valid Bindery lockfile: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String member, Path file) {
        JsonNode value = node.get(member);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(
                    file + " is not a valid Bindery lockfile: an entry has no \"" + member + "\"");
        }
        return value.textValue();
    }

    public Optional<Entry> find(SchemaRef ref) {
        return entries.stream().filter(e -> e.locks(ref)).findFirst();
    }

    /** This lockfile with {@code entry} in place of the one locking the same reference. */
    public Lockfile with(Entry entry) {
        List<Entry> next = new ArrayList<>(entries.stream()
                .filter(e -> !(e.registry().equals(entry.registry())
                        && e.name().equals(entry.name())
                        && e.requested().equals(entry.requested())))
                .toList());
        next.add(entry);
        return new Lockfile(next);
    }

    /** The lockfile's text. */
    public String text() {
        ObjectNode root = JsonMappers.strict().createObjectNode();
        root.put("lockfileVersion", 1);
        ArrayNode schemas = root.putArray("schemas");
        for (Entry e : entries) {
            schemas.addObject()
                    .put("registry", e.registry())
                    .put("name", e.name())
                    .put("requested", e.requested())
                    .put("version", e.version())
                    .put("sha256", e.sha256());
        }
        try {
            return JsonMappers.pretty().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the lockfile unless the file already holds the same entries (however formatted, so that a
     * committed file is not rewritten for its layout alone); returns whether it wrote.
     */
    public boolean writeIfChanged(Path file) {
        String text = text();
        try {
            if (Files.isRegularFile(file)
                    && (Files.readString(file, StandardCharsets.UTF_8).equals(text) || equals(read(file)))) {
                return false;
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
