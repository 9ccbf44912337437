package dev.bindery.maven.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code check-compatibility} goal was configured with.
 *
 * @param schemaDirectory where the candidate schema files are
 * @param includes globs of schema files
 * @param excludes globs of files to leave out
 * @param registry the registry holding the schemas' versions
 * @param mode a compatibility mode overriding the schema's own, or {@code null}
 * @param policy a policy overriding the schema's own ({@code STRICT}, {@code LENIENT}), or {@code null}
 * @param failOnIncompatible fail the build when a schema is incompatible (else only log)
 */
public record CompatibilityRequest(
        Path schemaDirectory,
        List<String> includes,
        List<String> excludes,
        String registry,
        String mode,
        String policy,
        boolean failOnIncompatible) {
    private static final List<String> MODES = List.of(
            "NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");
    private static final List<String> POLICIES = List.of("STRICT", "LENIENT");

    public CompatibilityRequest {
        Objects.requireNonNull(schemaDirectory, "schemaDirectory == null");
        Objects.requireNonNull(registry, "registry == null");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (mode != null && !MODES.contains(mode)) {
            throw new IllegalArgumentException("not a compatibility mode: " + mode + " (one of " + MODES + ")");
        }
        if (policy != null && !POLICIES.contains(policy)) {
            throw new IllegalArgumentException("not a compatibility policy: " + policy + " (one of " + POLICIES + ")");
        }
    }
}
