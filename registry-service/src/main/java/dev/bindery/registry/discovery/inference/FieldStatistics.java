package dev.bindery.registry.discovery.inference;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What was observed at one position of a schema.
 *
 * @param path JSON-Pointer-like path from the event root: {@code ""} for the root, {@code /detail/price} for a
 *             property ({@code ~0}/{@code ~1} escaped), {@code /[]} for array items, {@code /{}} for map values
 * @param presentCount values observed at the position (for a property: objects it was present in)
 * @param parentObjectCount objects observed at the parent position (for a property; otherwise {@code presentCount})
 * @param typeCounts observed JSON types, non-zero counts only
 * @param firstSeen earliest event time of a value here
 * @param lastSeen latest event time of a value here
 * @param stringFormats the {@link StringFormat}s every string value here matched (empty without strings)
 * @param stringValues the distinct string values, ascending, while there are at most
 *                     {@value StringValues#CAPACITY} of at most {@value StringValues#MAX_LENGTH} characters;
 *                     otherwise empty and {@code manyStringValues} is true
 * @param manyStringValues more distinct (or longer) string values were seen than are kept
 */
public record FieldStatistics(
        String path,
        long presentCount,
        long parentObjectCount,
        Map<JsonType, Long> typeCounts,
        Instant firstSeen,
        Instant lastSeen,
        List<StringFormat> stringFormats,
        List<String> stringValues,
        boolean manyStringValues) {

    public FieldStatistics {
        typeCounts = Map.copyOf(typeCounts);
        stringFormats = List.copyOf(stringFormats);
        stringValues = List.copyOf(stringValues);
    }

    /** Present in every observed instance of its parent object. */
    public boolean required() {
        return presentCount >= parentObjectCount;
    }
}
