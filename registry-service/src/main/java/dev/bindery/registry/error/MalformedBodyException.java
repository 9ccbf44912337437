package dev.bindery.registry.error;

/**
 * A request body that cannot be read as it was sent: malformed chunked framing, a {@code Content-Encoding} the
 * server does not decode, or a gzip body that is not a complete, intact gzip stream. The operation never runs on
 * what could be read of it; the client is answered 400 with this message.
 */
public final class MalformedBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedBodyException(String message) {
        super(message, null, false, false);
    }

    /** Whether {@code failure}, or one of its causes, is a malformed body (the framework wraps it on the way). */
    public static boolean isCause(Throwable failure) {
        return find(failure) != null;
    }

    /** The malformed-body exception in {@code failure}'s cause chain, or null. */
    public static MalformedBodyException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MalformedBodyException malformed) {
                return malformed;
            }
        }
        return null;
    }
}
