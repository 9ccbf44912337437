package dev.bindery.registry.discovery.inference;

import java.util.HashSet;
import java.util.Set;

/**
 * Allocates component names while a document is written. Names are derived from property names in PascalCase
 * (array items singularised, map values suffixed {@code Value}); a name already taken is qualified with the
 * owning component's name, then numbered ({@code 2}, {@code 3}, …). The writer visits positions in a fixed
 * order (sorted keys, depth first), so the same shape always gets the same names.
 */
final class ComponentNames {

    private final Set<String> taken = new HashSet<>();

    /** Reserves a fixed name (the root and detail components); returns it, qualified if already taken. */
    String reserve(String name) {
        return allocate(name, "");
    }

    String allocate(String base, String owner) {
        if (taken.add(base)) {
            return base;
        }
        String qualified = owner + base;
        if (taken.add(qualified)) {
            return qualified;
        }
        for (int i = 2; ; i++) {
            String numbered = qualified + i;
            if (taken.add(numbered)) {
                return numbered;
            }
        }
    }

    /** PascalCase of a property name, usable as a component key ({@code [A-Za-z0-9]+}). */
    static String fromKey(String key) {
        String name = SchemaNames.pascalCase(key);
        if (name.isEmpty()) {
            return "Object";
        }
        return StringFormats.isDigit(name.charAt(0)) ? "Object" + name : name;
    }

    /** A cheap English singular for array item components: {@code orders → Order}, {@code entries → Entry}. */
    static String singular(String name) {
        int n = name.length();
        if (n > 3 && name.endsWith("ies")) {
            return name.substring(0, n - 3) + "y";
        }
        if (n > 4
                && (name.endsWith("sses") || name.endsWith("xes") || name.endsWith("ches") || name.endsWith("shes"))) {
            return name.substring(0, n - 2);
        }
        if (n > 3 && name.endsWith("s") && !name.endsWith("ss")) {
            return name.substring(0, n - 1);
        }
        return name + "Item";
    }
}
