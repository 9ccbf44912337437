package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** A discovered schema's statistics: the events seen and, per field, how often and how it appeared. */
public record StatisticsView(long eventCount, @Nullable Instant firstSeen, @Nullable Instant lastSeen,
                             @Nullable String versionProblem, List<FieldView> fields) {

    public StatisticsView {
        fields = List.copyOf(fields);
    }

    /**
     * One field.
     *
     * @param percent how often it was present in its parent object, 0 to 100
     */
    public record FieldView(String path, long presentCount, long parentObjectCount, int percent, boolean required,
                            String types, String formats, List<String> values, boolean manyValues) {

        public FieldView {
            values = List.copyOf(values);
        }
    }
}
