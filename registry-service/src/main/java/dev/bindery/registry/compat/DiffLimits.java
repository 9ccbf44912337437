package dev.bindery.registry.compat;

/**
 * Bounds on the work of one {@link SchemaDiff#between} call. {@code maxComparisons}: schema pairs compared (including
 * the trial comparisons of combinator branch matching); {@code maxDepth}: nesting of schema pairs under comparison;
 * {@code maxBranches}: branches of one {@code oneOf}/{@code anyOf}/{@code allOf}.
 */
public record DiffLimits(int maxComparisons, int maxDepth, int maxBranches) {
    public DiffLimits {
        if (maxComparisons < 1) {
            throw new IllegalArgumentException("maxComparisons < 1: " + maxComparisons);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth < 1: " + maxDepth);
        }
        if (maxBranches < 1) {
            throw new IllegalArgumentException("maxBranches < 1: " + maxBranches);
        }
    }

    /** 200,000 comparisons, 64 levels, 64 branches. */
    public static DiffLimits defaults() {
        return new DiffLimits(200_000, 64, 64);
    }
}
