package dev.bindery.registry.policy;

/**
 * A policy document that is not JSON, is not an IAM policy, or uses an element outside the subset
 * Bindery enforces. The message names the element and where it is, e.g.
 * {@code Statement[1].Condition is not supported: …}.
 */
public final class InvalidPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(String message) {
        super(message, null, false, false);
    }
}
