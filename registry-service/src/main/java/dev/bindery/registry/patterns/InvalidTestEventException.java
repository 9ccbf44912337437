package dev.bindery.registry.patterns;

/** A test event that is not an EventBridge event: not a JSON object, or missing a field EventBridge requires. */
public final class InvalidTestEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTestEventException(String message) {
        super(message, null, false, false);
    }
}
