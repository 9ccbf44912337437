package dev.bindery.maven.registry;

import java.util.List;

/**
 * The registry's lint of an event pattern ({@code POST /v1/patterns/lint}): what it found, and the schemas the pattern
 * can match.
 *
 * @param findings every finding, errors first as the registry lists them
 * @param matchingSchemas the schemas the pattern can match, as {@code registry/schema}
 */
public record PatternLint(List<Finding> findings, List<String> matchingSchemas) {
    public PatternLint {
        findings = List.copyOf(findings);
        matchingSchemas = List.copyOf(matchingSchemas);
    }

    /**
     * One finding.
     *
     * @param path the dotted field path, {@code ""} for the whole pattern
     * @param severity {@code ERROR} (the pattern cannot match through it) or {@code WARNING}
     * @param suggestion what was probably meant, or {@code null}
     */
    public record Finding(String path, String kind, String severity, String message, String suggestion) {
        public boolean error() {
            return "ERROR".equals(severity);
        }
    }
}
