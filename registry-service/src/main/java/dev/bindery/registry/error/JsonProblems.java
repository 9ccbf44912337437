package dev.bindery.registry.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** Describes why JSON did not parse, with its position when the parser knows it. */
public final class JsonProblems {

    /**
     * Where Jackson names its own API: "(1000, from `StreamReadConstraints.getMaxNestingDepth()`)", "enable `…`",
     * "(bound as `…JsonNode`)", "not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`".
     */
    private static final Pattern LIBRARY_NAMES = Pattern.compile(
            ",? from `[^`]*`|:? enable `[^`]*` to allow| \\(bound as `[^`]*`\\)|:? not allowed as per `[^`]*`");
    /** Jackson's location inside a message, with the source it read (which may be the whole input). */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

    private JsonProblems() {}

    /**
     * Why the parser refused the JSON, in words a client can act on: limits by their value, not by the Jackson
     * method or feature that sets them, and positions without the parser's source description.
     */
    public static String reason(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        if (reason == null || reason.isBlank()) {
            return "it cannot be read";
        }
        reason = SOURCE_LOCATION.matcher(reason).replaceAll("line $1, column $2");
        return LIBRARY_NAMES.matcher(reason).replaceAll("");
    }

    /** A BadRequestException: "{what} is not valid JSON at line L, column C: reason." */
    public static ApiException notJson(String what, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String reason = reason(e);
        if (location == null || location.getLineNr() < 1) {
            return ApiException.badRequest("%s is not valid JSON: %s.", what, reason);
        }
        return ApiException.badRequest(
                "%s is not valid JSON at line %d, column %d: %s.",
                what, location.getLineNr(), location.getColumnNr(), reason);
    }
}
