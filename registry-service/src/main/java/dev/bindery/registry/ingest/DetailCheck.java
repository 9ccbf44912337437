package dev.bindery.registry.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import java.io.IOException;

/**
 * Checks that an event's detail is exactly one JSON object, with a streaming parser that never
 * recurses (so any nesting depth is accepted, on every door) and refuses a key repeated in one object
 * and a string whose escapes make an unpaired surrogate ({@code "\ud800"}), which has no UTF-8 form.
 */
final class DetailCheck {

    private DetailCheck() {}

    /** {@code null} when the detail is one JSON object, else why not. */
    static String problem(String detail) {
        boolean surrogateEscapes = maySpellSurrogate(detail);
        try (JsonParser parser = IngestJson.STRICT.createParser(detail)) {
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
                } else if (surrogateEscapes && (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)) {
                    String text = parser.getText();
                    int at = Utf8.loneSurrogate(text);
                    if (at >= 0) {
                        return String.format(
                                "Parameter Detail is not valid. Reason: it holds an unpaired surrogate "
                                        + "\\u%04X in the string at character %d.",
                                (int) text.charAt(at),
                                parser.currentTokenLocation().getCharOffset());
                    }
                }
            }
            if (parser.nextToken() != null) {
                return "Detail has content after its JSON object.";
            }
            return null;
        } catch (IOException e) {
            return "Detail is malformed: "
                    + (e instanceof JsonProcessingException p ? JsonProblems.reason(p) : e.getMessage()) + ".";
        }
    }

    /** Whether the text holds an escape of a surrogate ({@code \uD800} to {@code \uDFFF}, either case). */
    static boolean maySpellSurrogate(String text) {
        for (int at = text.indexOf("\\u"); at >= 0 && at + 3 < text.length(); at = text.indexOf("\\u", at + 2)) {
            char d = text.charAt(at + 2);
            char next = Character.toLowerCase(text.charAt(at + 3));
            if ((d == 'd' || d == 'D') && next >= '8' && (next <= '9' || next >= 'a' && next <= 'f')) {
                return true;
            }
        }
        return false;
    }
}
