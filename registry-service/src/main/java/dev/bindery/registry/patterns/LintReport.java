package dev.bindery.registry.patterns;

import java.util.List;

/** What the lint found, and the schema versions the pattern can match (by source and detail-type). */
public record LintReport(List<LintFinding> findings, List<EventShape> matchingSchemas) {

    public LintReport {
        findings = List.copyOf(findings);
        matchingSchemas = List.copyOf(matchingSchemas);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == LintFinding.Severity.ERROR);
    }
}
