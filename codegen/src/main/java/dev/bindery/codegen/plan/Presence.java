package dev.bindery.codegen.plan;

/**
 * Whether a property must be present and whether it may be {@code null}: four states that the wire
 * keeps apart, so the Java side keeps them apart too.
 */
public enum Presence {
    /** Always present, never {@code null}: a primitive or a non-null reference. */
    REQUIRED,
    /** Always present, may be {@code null}: a nullable reference, written even when {@code null}. */
    REQUIRED_NULLABLE,
    /** May be absent, never {@code null}: a nullable reference, {@code null} meaning absent. */
    OPTIONAL,
    /**
     * May be absent and may be {@code null}: a tri-state {@code Optional<T>} field where a Java
     * {@code null} means absent, {@code Optional.empty()} means JSON {@code null}.
     */
    OPTIONAL_NULLABLE
}
