package dev.bindery.maven.registry;

import java.util.List;

/**
 * The registry's answer to a compatibility check of a candidate schema against its stored versions.
 *
 * @param compatible whether the candidate may be registered under the schema's mode
 * @param mode the compatibility mode applied, e.g. {@code BACKWARD}
 * @param policy the policy applied, {@code STRICT} or {@code LENIENT}
 * @param checkedVersions the stored versions the candidate was compared with
 * @param findings every difference found, breaking or not
 */
public record CompatibilityReport(
        boolean compatible, String mode, String policy, List<String> checkedVersions, List<Finding> findings) {
    public CompatibilityReport {
        checkedVersions = List.copyOf(checkedVersions);
        findings = List.copyOf(findings);
    }

    /** One difference between the candidate and a stored version. */
    public record Finding(String version, String path, String kind, String effect, String message, boolean breaking) {}

    /** The findings that make the candidate incompatible. */
    public List<Finding> breaking() {
        return findings.stream().filter(Finding::breaking).toList();
    }
}
