package dev.bindery.registry.patterns;

import java.util.List;
import java.util.Map;

/**
 * What the lint found, the schema versions the pattern can match (by source and detail-type) and, by schema name,
 * for those discovered with sampled events, how many of the samples it matches.
 */
public record LintReport(List<LintFinding> findings, List<EventShape> matchingSchemas, Map<String, Sampled> sampled) {

    public LintReport {
        findings = List.copyOf(findings);
        matchingSchemas = List.copyOf(matchingSchemas);
        sampled = Map.copyOf(sampled);
    }

    public LintReport(List<LintFinding> findings, List<EventShape> matchingSchemas) {
        this(findings, matchingSchemas, Map.of());
    }

    /** Of the {@code events} discovery sampled for a schema, how many the pattern {@code matched}. */
    public record Sampled(int events, int matched) {}

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == LintFinding.Severity.ERROR);
    }
}
