package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON readers of ingestion. None bounds nesting depth: an event's depth is bounded by its size,
 * the doors never build a tree of a detail, and the checks and the discovery engine read it with
 * streaming parsers that do not recurse, so every door accepts the same details whatever their depth.
 */
final class IngestJson {

    /** Refuses a key repeated in one object. */
    static final JsonFactory STRICT = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A repeated key's last value counts (as the framework's mapper reads request bodies). */
    static final JsonFactory LENIENT = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();

    /** Trees of small members (resources); Jackson builds trees without recursion. */
    static final ObjectMapper TREES = JsonMapper.builder(LENIENT).build();

    private IngestJson() {
    }
}
