package dev.bindery.registry.patterns;

/** An event pattern that is not valid: the message says what is wrong and where (line and column). */
public final class InvalidPatternException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidPatternException(String message) {
        super(message, null, false, false);
    }
}
