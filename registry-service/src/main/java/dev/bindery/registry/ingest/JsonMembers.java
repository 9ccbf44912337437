package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top-level members of one JSON object, read with a streaming parser and no tree: each member's
 * JSON text as sent (a detail is handed on as its text, never rebuilt from a tree) and, for a string,
 * its value. The whole value is read, so malformed JSON anywhere in it is refused.
 */
final class JsonMembers {

    /** One member: the token its value starts with, its value when a string, its JSON text as sent. */
    record Member(JsonToken token, @Nullable String text, String json) {}

    private interface Slicer {
        String slice(int start, int end);
    }

    private JsonMembers() {}

    /**
     * The members of the object {@code json} (UTF-8), or {@code null} when it holds another JSON value.
     *
     * @throws IOException when it is not JSON (a {@link com.fasterxml.jackson.core.JsonProcessingException})
     */
    static @Nullable Map<String, Member> read(JsonFactory factory, byte[] json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            return read(parser, (start, end) -> new String(json, start, end - start, StandardCharsets.UTF_8), true);
        }
    }

    /**
     * The members of {@code json} (UTF-8) when it is what {@link DetailCheck} accepts as a detail, read in the
     * same pass: one object, no key repeated in any object, nothing after it and no escape of a surrogate;
     * otherwise {@code null}, and the caller reads it again where the problem is named.
     */
    static @Nullable Map<String, Member> readDetail(byte[] json) {
        try (JsonParser parser = IngestJson.STRICT.createParser(json)) {
            Map<String, Member> members =
                    read(parser, (start, end) -> new String(json, start, end - start, StandardCharsets.UTF_8), true);
            if (members == null || parser.nextToken() != null || mayEscapeSurrogate(json)) {
                return null;
            }
            return members;
        } catch (IOException | RuntimeException notVouchedFor) {
            return null;
        }
    }

    /** Whether the bytes may escape a surrogate (a backslash, u, d): looser than {@link DetailCheck#maySpellSurrogate}. */
    private static boolean mayEscapeSurrogate(byte[] json) {
        for (int at = 0; at + 2 < json.length; at++) {
            if (json[at] == '\\' && json[at + 1] == 'u' && (json[at + 2] == 'd' || json[at + 2] == 'D')) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #read(JsonFactory, byte[])}, of text. */
    static @Nullable Map<String, Member> read(JsonFactory factory, String json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            return read(parser, json::substring, false);
        }
    }

    private static @Nullable Map<String, Member> read(JsonParser parser, Slicer slicer, boolean bytes)
            throws IOException {
        JsonToken root = parser.nextToken();
        if (root != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        Map<String, Member> members = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int start = offset(parser.currentTokenLocation(), bytes);
            String text = null;
            if (value == JsonToken.VALUE_STRING) {
                text = parser.getText(); // reads the string through its closing quote
            } else {
                parser.skipChildren(); // a scalar other than a string is read whole with its token
            }
            members.put(name, new Member(value, text, slicer.slice(start, offset(parser.currentLocation(), bytes))));
        }
        return members;
    }

    private static int offset(JsonLocation location, boolean bytes) {
        return (int) (bytes ? location.getByteOffset() : location.getCharOffset());
    }
}
