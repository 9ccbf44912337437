package dev.bindery.registry.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The AWS sample corpus in the {@code schemas} module ({@code schemas/src/main/resources/aws-samples}): one
 * directory per source and detail-type holding {@code samples.ndjson} (the sample events AWS published, one per
 * line) and {@code expected.openapi.json} (what discovery makes of them, each delivered {@value #DELIVERIES} times).
 */
final class AwsSamples {

    static final Path ROOT = Path.of("..", "schemas", "src", "main", "resources", "aws-samples");
    static final String SAMPLES = "samples.ndjson";
    static final String EXPECTED = "expected.openapi.json";
    /** How many times each sample is delivered, as a busy bus would. */
    static final int DELIVERIES = 10;
    private static final Instant FIRST_DELIVERY = Instant.parse("2026-01-05T09:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AwsSamples() {
    }

    /** One source and detail-type: its directory and its published samples, in file order. */
    record Kind(String name, Path dir, List<String> samples, String source, String detailType) {

        Path expectedFile() {
            return dir.resolve(EXPECTED);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Kind> kinds() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(SAMPLES))).sorted().map(AwsSamples::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the AWS samples at " + ROOT.toAbsolutePath(), e);
        }
    }

    private static Kind read(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(SAMPLES), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            JsonNode first = MAPPER.readTree(lines.get(0));
            return new Kind(dir.getFileName().toString(), dir, lines, first.path("source").asText(),
                    first.path("detail-type").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(SAMPLES), e);
        }
    }

    /**
     * The deliveries of the samples: each sample {@value #DELIVERIES} times, each delivery with an id and a time of
     * its own as the bus assigns them (deterministic: the n-th delivery is n seconds after the first), the rest of
     * the envelope and the detail as published.
     */
    static List<String> deliveries(Kind kind) {
        List<String> deliveries = new ArrayList<>();
        int n = 0;
        for (String sample : kind.samples()) {
            for (int i = 0; i < DELIVERIES; i++, n++) {
                ObjectNode event = (ObjectNode) parse(sample);
                event.put("id", UUID.nameUUIDFromBytes((kind.name() + "/" + n).getBytes(StandardCharsets.UTF_8))
                        .toString());
                event.put("time", FIRST_DELIVERY.plusSeconds(n).toString());
                deliveries.add(event.toString());
            }
        }
        return deliveries;
    }

    /** Folds the deliveries, in the given order, into a fresh envelope shape and renders the document. */
    static String discover(Kind kind, List<String> deliveries) {
        ShapeAccumulator acc = ShapeAccumulator.forEnvelope(kind.source(), kind.detailType());
        for (String e : deliveries) {
            acc.add(e.getBytes(StandardCharsets.UTF_8), Instant.parse(parse(e).path("time").asText()));
        }
        return acc.snapshot().toOpenApi();
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }
}
