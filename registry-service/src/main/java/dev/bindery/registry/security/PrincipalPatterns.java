package dev.bindery.registry.security;

import dev.bindery.registry.store.PrincipalRow;
import java.util.Arrays;
import java.util.List;

/** The stored form of a principal's registry patterns: joined by commas, which no pattern contains. */
final class PrincipalPatterns {

    private PrincipalPatterns() {}

    static String write(List<String> patterns) {
        return String.join(",", patterns);
    }

    static List<String> read(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }

    static Principal toPrincipal(PrincipalRow row) {
        return new Principal(row.name(), Role.parse(row.role()), read(row.registries()));
    }
}
