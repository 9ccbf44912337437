package dev.bindery.maven.registry;

/**
 * The registry answered with an error ({@code x-amzn-ErrorType} and {@code {"Code","Message"}}), or
 * could not be reached ({@link #status()} {@code 0}, {@link #code()} {@code Unreachable}). The message
 * names the registry URL and what was asked.
 */
public final class RegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code of a registry that could not be reached at all. */
    public static final String UNREACHABLE = "Unreachable";

    private final int status;
    private final String code;

    public RegistryException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.code = UNREACHABLE;
    }

    /** The HTTP status, {@code 0} when no answer came. */
    public int status() {
        return status;
    }

    /** The error code, e.g. {@code NotFoundException}, {@code ConflictException}, or {@link #UNREACHABLE}. */
    public String code() {
        return code;
    }

    public boolean isNotFound() {
        return status == 404 || "NotFoundException".equals(code);
    }

    public boolean isConflict() {
        return status == 409 || "ConflictException".equals(code);
    }
}
