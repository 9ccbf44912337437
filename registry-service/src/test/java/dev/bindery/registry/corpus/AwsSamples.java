package dev.bindery.registry.corpus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    private AwsSamples() {}

    /** Every source and detail-type, by name; a kind's events are its published samples, in file order. */
    static List<Corpus.Kind> kinds() {
        return Corpus.kinds(ROOT, SAMPLES);
    }

    /**
     * The deliveries of the samples: each sample {@value #DELIVERIES} times, each delivery with an id and a time of
     * its own as the bus assigns them (deterministic: the n-th delivery is n seconds after the first), the rest of
     * the envelope and the detail as published.
     */
    static List<String> deliveries(Corpus.Kind kind) {
        List<String> deliveries = new ArrayList<>();
        int n = 0;
        for (String sample : kind.events()) {
            for (int i = 0; i < DELIVERIES; i++, n++) {
                ObjectNode event = (ObjectNode) Corpus.parse(sample);
                event.put(
                        "id",
                        UUID.nameUUIDFromBytes((kind.name() + "/" + n).getBytes(StandardCharsets.UTF_8))
                                .toString());
                event.put("time", FIRST_DELIVERY.plusSeconds(n).toString());
                deliveries.add(event.toString());
            }
        }
        return deliveries;
    }
}
