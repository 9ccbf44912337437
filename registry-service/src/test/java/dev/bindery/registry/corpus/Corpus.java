package dev.bindery.registry.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference corpus in the {@code schemas} module ({@code schemas/src/main/resources/corpus}): one directory per
 * event kind holding {@code events.ndjson} (one EventBridge envelope per line) and {@code expected.openapi.json}
 * (the reviewed schema discovery produces from them).
 */
final class Corpus {

    static final Path ROOT = Path.of("..", "schemas", "src", "main", "resources", "corpus");
    static final String EVENTS = "events.ndjson";
    static final String EXPECTED = "expected.openapi.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Corpus() {}

    /** One kind: its directory name, its events (lines, in file order), and their common source/detail-type. */
    record Kind(String name, Path dir, List<String> events, String source, String detailType) {

        Path expectedFile() {
            return dir.resolve(EXPECTED);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every kind, by name. */
    static List<Kind> kinds() {
        return kinds(ROOT, EVENTS);
    }

    /**
     * Every kind of a corpus laid out as this one is (also the AWS samples'): a directory per kind holding
     * {@code eventsFile}, one envelope per line, by name.
     */
    static List<Kind> kinds(Path root, String eventsFile) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(eventsFile)))
                    .sorted()
                    .map(dir -> read(dir, eventsFile))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus at " + root.toAbsolutePath(), e);
        }
    }

    private static Kind read(Path dir, String eventsFile) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(eventsFile), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .toList();
            JsonNode first = MAPPER.readTree(lines.get(0));
            return new Kind(
                    dir.getFileName().toString(),
                    dir,
                    lines,
                    first.path("source").asText(),
                    first.path("detail-type").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(eventsFile), e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** Folds the events, in the given order, into a fresh envelope shape and renders the document. */
    static String discover(Kind kind, List<String> events) {
        ShapeAccumulator acc = ShapeAccumulator.forEnvelope(kind.source(), kind.detailType());
        for (String e : events) {
            acc.add(
                    e.getBytes(StandardCharsets.UTF_8),
                    Instant.parse(parse(e).path("time").asText()));
        }
        return acc.snapshot().toOpenApi();
    }
}
