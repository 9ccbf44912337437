package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.bindery.registry.error.JsonProblems;
import java.io.IOException;

/**
 * Checks that an event's detail is exactly one JSON object, with a streaming parser that never
 * recurses (so any nesting depth is safe) and refuses a key repeated in one object.
 */
final class DetailCheck {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DetailCheck() {
    }

    /** {@code null} when the detail is one JSON object, else why not. */
    static String problem(String detail) {
        try (JsonParser parser = JSON.createParser(detail)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "Detail is not a JSON object.";
            }
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return "Detail ends before its object is closed.";
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
            if (parser.nextToken() != null) {
                return "Detail has content after its JSON object.";
            }
            return null;
        } catch (IOException e) {
            return "Detail is malformed: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                    ? JsonProblems.reason(p) : e.getMessage()) + ".";
        }
    }
}
