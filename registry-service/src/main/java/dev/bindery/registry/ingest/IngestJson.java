package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bindery.codegen.json.JsonMappers;

/**
 * The JSON readers of ingestion. None bounds nesting depth: an event's depth is bounded by its size,
 * the doors never build a tree of a detail, and the checks and the discovery engine read it with
 * streaming parsers that do not recurse, so every door accepts the same details whatever their depth.
 * That is why they are not {@link JsonMappers#strict()} (1000 levels at most); they are built from
 * JsonMappers' streaming factories, so that every Jackson setting of Bindery is in that one class.
 */
final class IngestJson {

    /** Refuses a key repeated in one object. */
    static final JsonFactory STRICT = JsonMappers.streamingStrict();

    /** A repeated key's last value counts (as the framework's mapper reads request bodies). */
    static final JsonFactory LENIENT = JsonMappers.streamingLenient();

    /** Trees of small members (resources); Jackson builds trees without recursion. */
    static final ObjectMapper TREES = JsonMapper.builder(LENIENT).build();

    private IngestJson() {}
}
