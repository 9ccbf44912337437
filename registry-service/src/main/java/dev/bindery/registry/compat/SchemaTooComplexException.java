package dev.bindery.registry.compat;

/** A comparison refused because it would exceed one of the {@link DiffLimits}; the message names the limit and the path. */
public final class SchemaTooComplexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String limit;
    private final String path;

    public SchemaTooComplexException(String limit, long value, String path) {
        super("schema too complex to compare: " + limit + " (" + value + ") exceeded at "
                + (path.isEmpty() ? "the root" : path));
        this.limit = limit;
        this.path = path;
    }

    /** The name of the limit hit: maxComparisons, maxDepth or maxBranches. */
    public String limit() {
        return limit;
    }

    /** The JSON pointer where the limit was hit. */
    public String path() {
        return path;
    }
}
