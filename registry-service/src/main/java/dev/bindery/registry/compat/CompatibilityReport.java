package dev.bindery.registry.compat;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of one check: every difference found against every version checked (breaking or not, so a person sees
 * the whole picture), and {@code compatible} = no finding is breaking.
 */
public record CompatibilityReport(
        CompatibilityMode mode,
        CompatibilityPolicy policy,
        boolean compatible,
        List<String> checkedVersions,
        List<CompatibilityFinding> findings) {
    public CompatibilityReport {
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(policy, "policy == null");
        checkedVersions = List.copyOf(checkedVersions);
        findings = List.copyOf(findings);
    }

    /** The findings that break the mode. */
    public List<CompatibilityFinding> breaking() {
        return findings.stream().filter(CompatibilityFinding::breaking).toList();
    }
}
