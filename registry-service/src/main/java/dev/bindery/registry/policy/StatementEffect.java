package dev.bindery.registry.policy;

/** A statement's {@code Effect}: {@code Allow} or {@code Deny}, spelled with exactly that case, as IAM requires. */
public enum StatementEffect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String wireName;

    StatementEffect(String wireName) {
        this.wireName = wireName;
    }

    /** The name in a policy document: {@code Allow} or {@code Deny}. */
    public String wireName() {
        return wireName;
    }
}
