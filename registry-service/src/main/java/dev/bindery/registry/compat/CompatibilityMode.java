package dev.bindery.registry.compat;

/**
 * Which directions a new version is checked in, and against which earlier versions. BACKWARD: every instance valid
 * under an earlier version is valid under the new one (new readers read old data). FORWARD: the converse (old readers
 * read new data). FULL: both. The transitive modes check every earlier version, the others only the latest.
 */
public enum CompatibilityMode {
    NONE,
    BACKWARD,
    BACKWARD_TRANSITIVE,
    FORWARD,
    FORWARD_TRANSITIVE,
    FULL,
    FULL_TRANSITIVE;

    public boolean transitive() {
        return this == BACKWARD_TRANSITIVE || this == FORWARD_TRANSITIVE || this == FULL_TRANSITIVE;
    }

    public boolean checksBackward() {
        return this == BACKWARD || this == BACKWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    public boolean checksForward() {
        return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }
}
