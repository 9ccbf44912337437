package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges a candidate schema against a subject's existing versions under a {@link CompatibilityMode} and
 * {@link CompatibilityPolicy}. One directional diff per version checked (existing version as older, candidate as
 * newer) serves both directions: BACKWARD is broken by differences that may narrow, FORWARD by those that may widen.
 */
public final class CompatibilityChecker {
    private final SchemaDiff diff;

    public CompatibilityChecker(SchemaDiff diff) {
        this.diff = Objects.requireNonNull(diff, "diff == null");
    }

    /**
     * previous: the existing versions oldest first, as (versionLabel, JSON Schema); checks the candidate against the
     * latest only, or all of them for the transitive modes; NONE checks nothing and is compatible.
     *
     * @throws SchemaTooComplexException if a comparison exceeds the diff's limits
     */
    public CompatibilityReport check(
            List<VersionedSchema> previous, JsonNode candidate, CompatibilityMode mode, CompatibilityPolicy policy) {
        Objects.requireNonNull(previous, "previous == null");
        Objects.requireNonNull(candidate, "candidate == null");
        Objects.requireNonNull(mode, "mode == null");
        Objects.requireNonNull(policy, "policy == null");
        List<VersionedSchema> checked = mode == CompatibilityMode.NONE || previous.isEmpty()
                ? List.of()
                : mode.transitive() ? previous : List.of(previous.get(previous.size() - 1));
        List<String> labels = new ArrayList<>();
        List<CompatibilityFinding> findings = new ArrayList<>();
        boolean compatible = true;
        for (VersionedSchema version : checked) {
            labels.add(version.version());
            for (Difference difference : diff.between(version.schema(), candidate)) {
                boolean breaking = difference.breaks(mode, policy);
                compatible &= !breaking;
                findings.add(new CompatibilityFinding(version.version(), difference, breaking));
            }
        }
        return new CompatibilityReport(mode, policy, compatible, labels, findings);
    }
}
