package dev.bindery.registry.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.compat.CompatibilityFinding;
import dev.bindery.registry.compat.Difference;
import io.micronaut.core.annotation.Nullable;

/**
 * One difference between a candidate and a version, as the API answers it and as it is recorded with
 * a version: where (a JSON pointer into the JSON Schema form, {@code $ref}s followed), what kind,
 * its effect on the set of valid events, a message, and whether it breaks the rule in force.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        @JsonProperty("Version") @Nullable String version,
        @JsonProperty("Path") String path,
        @JsonProperty("Kind") String kind,
        @JsonProperty("Effect") String effect,
        @JsonProperty("Message") String message,
        @JsonProperty("Breaking") boolean breaking) {

    static Finding of(CompatibilityFinding finding) {
        Difference d = finding.difference();
        return new Finding(finding.version(), d.path(), d.kind().name(), d.effect().name(), d.message(),
                finding.breaking());
    }

    /** A line for an error message: {@code /properties/amount: type changed from integer to string (version 2)}. */
    String describe() {
        String where = path.isEmpty() ? "(root)" : path;
        return version == null ? where + ": " + message : where + ": " + message + " (version " + version + ")";
    }
}
