package dev.bindery.codegen.pointer;

/**
 * A {@code $ref} fragment or JSON pointer that cannot be read: a {@code %} not followed by two hex digits,
 * percent-escaped bytes that are not UTF-8, a {@code ~} not followed by {@code 0} or {@code 1}, or text that
 * does not start with {@code /}. The message names the pointer as written and what is wrong with it.
 */
public final class MalformedPointerException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String problem;

    MalformedPointerException(String pointer, String problem) {
        super("'" + pointer + "' is not a valid JSON pointer: " + problem);
        this.pointer = pointer;
        this.problem = problem;
    }

    /** What is wrong, without the pointer ({@code '%zz' at character 20 is not a percent-escape}). */
    public String problem() {
        return problem;
    }

    /** The pointer or fragment as it was written. */
    public String pointer() {
        return pointer;
    }
}
