package dev.bindery.registry.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Describes why JSON did not parse, with its position when the parser knows it. */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** A BadRequestException: "{what} is not valid JSON at line L, column C: reason." */
    public static ApiException notJson(String what, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String reason = e.getOriginalMessage();
        if (location == null || location.getLineNr() < 1) {
            return ApiException.badRequest("%s is not valid JSON: %s.", what, reason);
        }
        return ApiException.badRequest("%s is not valid JSON at line %d, column %d: %s.", what,
                location.getLineNr(), location.getColumnNr(), reason);
    }
}
