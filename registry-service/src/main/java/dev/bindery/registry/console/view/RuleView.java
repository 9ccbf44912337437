package dev.bindery.registry.console.view;

import java.util.List;

/**
 * A compatibility rule as the console shows it: mode and policy, where each was set (schema,
 * registry or default), and the choices a form offers.
 */
public record RuleView(String mode, String policy, String modeOrigin, String policyOrigin) {

    public static final List<String> MODES = List.of(
            "NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE");
    public static final List<String> POLICIES = List.of("STRICT", "LENIENT");

    public List<String> modes() {
        return MODES;
    }

    public List<String> policies() {
        return POLICIES;
    }
}
