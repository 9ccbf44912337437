package dev.bindery.registry.discovery.inference;

import java.time.Instant;
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
 */
public record FieldStatistics(String path, long presentCount, long parentObjectCount,
                              Map<JsonType, Long> typeCounts, Instant firstSeen, Instant lastSeen) {

    public FieldStatistics {
        typeCounts = Map.copyOf(typeCounts);
    }

    /** Present in every observed instance of its parent object. */
    public boolean required() {
        return presentCount >= parentObjectCount;
    }
}
