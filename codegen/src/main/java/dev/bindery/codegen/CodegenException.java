package dev.bindery.codegen;

/**
 * A schema that cannot be turned into Java: malformed JSON, a remote or dangling {@code $ref}, a
 * construct out of bounds. The message names the schema location at fault.
 */
public final class CodegenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String location;

    public CodegenException(String location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public CodegenException(String location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    /** Where in which document the problem is ({@code <file>#<json pointer>}). */
    public String location() {
        return location;
    }
}
