package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A discovered schema's statistics: the events seen and, per field, how often and how it appeared; and the recent
 * events discovery sampled, newest first (none when sampling is off).
 */
public record StatisticsView(
        long eventCount,
        @Nullable Instant firstSeen,
        @Nullable Instant lastSeen,
        @Nullable String versionProblem,
        List<FieldView> fields,
        List<SampleView> samples) {

    public StatisticsView {
        fields = List.copyOf(fields);
        samples = List.copyOf(samples);
    }

    /** A sampled event: when discovery received it, and its envelope as indented JSON. */
    public record SampleView(Instant observedAt, String json) {}

    /**
     * One field.
     *
     * @param percent how often it was present in its parent object, 0 to 100
     */
    public record FieldView(
            String path,
            long presentCount,
            long parentObjectCount,
            int percent,
            boolean required,
            String types,
            String formats,
            List<String> values,
            boolean manyValues) {

        public FieldView {
            values = List.copyOf(values);
        }
    }
}
