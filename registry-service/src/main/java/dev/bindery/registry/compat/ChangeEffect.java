package dev.bindery.registry.compat;

/**
 * The effect of a difference on the set of instances valid under the schema, from the older to the newer version.
 * NARROWS: the new set is a subset of the old one, possibly strict (breaks BACKWARD). WIDENS: the new set is a
 * superset (breaks FORWARD). CHANGES: neither inclusion is known (breaks both). NEUTRAL: the sets are equal.
 */
public enum ChangeEffect {
    NARROWS,
    WIDENS,
    CHANGES,
    NEUTRAL;

    /** True if some instance valid under the old schema may be invalid under the new one. */
    public boolean mayNarrow() {
        return this == NARROWS || this == CHANGES;
    }

    /** True if some instance valid under the new schema may be invalid under the old one. */
    public boolean mayWiden() {
        return this == WIDENS || this == CHANGES;
    }

    /** The effect of both differences together (a conjunction of independent constraints). */
    public ChangeEffect and(ChangeEffect other) {
        boolean narrows = mayNarrow() || other.mayNarrow();
        boolean widens = mayWiden() || other.mayWiden();
        return narrows && widens ? CHANGES : narrows ? NARROWS : widens ? WIDENS : NEUTRAL;
    }

    /** The effect seen from the complement of the set (for {@code not}). */
    public ChangeEffect inverse() {
        return switch (this) {
            case NARROWS -> WIDENS;
            case WIDENS -> NARROWS;
            default -> this;
        };
    }
}
