package dev.bindery.registry.rules;

import dev.bindery.registry.compat.CompatibilityFinding;
import dev.bindery.registry.compat.Difference;
import io.micronaut.core.annotation.Nullable;

/**
 * One difference between a candidate and a version: where (a JSON pointer into the JSON Schema form,
 * {@code $ref}s followed), what kind, its effect on the set of valid events, a message, and whether it
 * breaks the rule in force. Its stored form is {@link StoredFindings}; its wire form is the API's.
 *
 * @param version the version it was found against, or {@code null} when the finding compares two given versions
 */
public record Finding(
        @Nullable String version, String path, String kind, String effect, String message, boolean breaking) {

    static Finding of(CompatibilityFinding finding) {
        Difference d = finding.difference();
        return new Finding(
                finding.version(), d.path(), d.kind().name(), d.effect().name(), d.message(), finding.breaking());
    }

    /** A line for an error message: {@code /properties/amount: type changed from integer to string (version 2)}. */
    String describe() {
        String where = path.isEmpty() ? "(root)" : path;
        return version == null ? where + ": " + message : where + ": " + message + " (version " + version + ")";
    }
}
