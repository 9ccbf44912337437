package dev.bindery.registry.compat;

import java.util.Objects;

/**
 * One difference between an older and a newer schema. {@code path} is the JSON pointer (RFC 6901) of the logical
 * location, reached from the root with {@code $ref}s followed (e.g. {@code /properties/detail/properties/amount});
 * {@code effect} is what the difference does to the set of valid instances; {@code lenientCompatible} marks the
 * differences that {@link CompatibilityPolicy#LENIENT} forgives (an optional property added to or removed from an
 * open content model).
 */
public record Difference(
        String path, DifferenceKind kind, ChangeEffect effect, String message, boolean lenientCompatible) {
    public Difference {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(effect, "effect == null");
        Objects.requireNonNull(message, "message == null");
    }

    /** Whether this difference breaks the given direction under the policy. */
    public boolean breaksBackward(CompatibilityPolicy p) {
        return effect.mayNarrow() && !(p == CompatibilityPolicy.LENIENT && lenientCompatible);
    }

    /** Whether this difference breaks the given direction under the policy. */
    public boolean breaksForward(CompatibilityPolicy p) {
        return effect.mayWiden() && !(p == CompatibilityPolicy.LENIENT && lenientCompatible);
    }

    /** Whether this difference breaks the mode under the policy; {@link CompatibilityMode#NONE} is never broken. */
    public boolean breaks(CompatibilityMode m, CompatibilityPolicy p) {
        return (m.checksBackward() && breaksBackward(p)) || (m.checksForward() && breaksForward(p));
    }
}
