package dev.bindery.registry.discovery.inference;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The package's Jackson setup.
 *
 * <p>Nesting depth: Jackson refuses input nested deeper than 1000 levels by default. The fold never recurses
 * (it keeps its own stack of at most {@link InferenceRules#MAX_DEPTH} entries and lets the parser skip deeper
 * content iteratively), so the engine's factory lifts that limit: an event's depth is bounded by its size, which
 * the ingestion layer bounds. Numbers keep Jackson's default of at most 1000 digits.
 *
 * <p>Output: two-space indent, {@code \n} line ends, {@code "key": value} — the same bytes on every platform.
 */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .build())
            .build();
    // Not JsonMappers.strict(): the engine's state is read with no depth limit, and its output has a layout of its own.
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {}

    /** Deterministic pretty printing: key order is the tree's insertion order. */
    static String pretty(JsonNode tree) {
        try {
            return PRETTY.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
