package dev.bindery.registry.rules;

import dev.bindery.registry.compat.CompatibilityMode;
import dev.bindery.registry.compat.CompatibilityPolicy;

/**
 * The compatibility rule in force for a registry or a schema, and where each member was set.
 */
public record Rule(CompatibilityMode mode, CompatibilityPolicy policy, Origin modeOrigin, Origin policyOrigin) {

    /** Where a member of a rule was set. */
    public enum Origin {
        SCHEMA,
        REGISTRY,
        DEFAULT
    }
}
