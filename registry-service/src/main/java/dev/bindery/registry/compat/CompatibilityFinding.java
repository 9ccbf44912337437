package dev.bindery.registry.compat;

import java.util.Objects;

/** One difference between an earlier version and the candidate, and whether it breaks the mode checked. */
public record CompatibilityFinding(String version, Difference difference, boolean breaking) {
    public CompatibilityFinding {
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(difference, "difference == null");
    }
}
