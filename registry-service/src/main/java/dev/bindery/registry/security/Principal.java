package dev.bindery.registry.security;

import dev.bindery.registry.policy.Wildcards;
import java.util.List;
import java.util.Objects;

/**
 * An authenticated caller: a name, one role, and the registries it is limited to as patterns
 * ({@code orders}, {@code team-a-*}); no patterns means every registry.
 *
 * @param name       the principal's name, unique among principals
 * @param role       what it may do
 * @param registries registry name patterns ({@code *} matches any run of characters), or empty for all
 */
public record Principal(String name, Role role, List<String> registries) {

    public Principal {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(role, "role == null");
        registries = List.copyOf(registries);
    }

    /** Whether this principal's registry patterns include {@code registryName}. */
    public boolean covers(String registryName) {
        if (registries.isEmpty()) {
            return true;
        }
        for (String pattern : registries) {
            if (Wildcards.matches(pattern, registryName, false)) {
                return true;
            }
        }
        return false;
    }
}
