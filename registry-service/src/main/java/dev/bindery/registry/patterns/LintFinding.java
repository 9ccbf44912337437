package dev.bindery.registry.patterns;

import io.micronaut.core.annotation.Nullable;

/**
 * One thing the lint found in a pattern.
 *
 * @param path       the dotted field path, e.g. {@code detail.status} ({@code ""} for the whole pattern)
 * @param kind       what is wrong, e.g. {@code UNKNOWN_FIELD}
 * @param severity   {@code ERROR}: the pattern cannot match through it; {@code WARNING}: suspicious
 * @param suggestion what was probably meant, where something is near
 */
public record LintFinding(
        String path,
        String kind,
        Severity severity,
        String message,
        @Nullable String suggestion) {

    /** How bad a finding is. */
    public enum Severity {
        /** The pattern (or this {@code $or} alternative) cannot match any event the known schemas describe. */
        ERROR,
        /** The pattern can match, but probably not as meant. */
        WARNING
    }
}
