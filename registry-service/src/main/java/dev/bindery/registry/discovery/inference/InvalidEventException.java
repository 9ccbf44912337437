package dev.bindery.registry.discovery.inference;

/** An event (or persisted state) that is not the JSON it should be; the message names the problem. */
public final class InvalidEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidEventException(String message) {
        super(message);
    }
}
