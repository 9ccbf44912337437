package dev.bindery.codegen.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names: the first request for a name gets it, later ones get {@code 2}, {@code 3}, …
 * appended. Comparison ignores case, so two classes never differ only by case (which breaks on
 * case-insensitive file systems). Mutable, confined to one planning run; deterministic because
 * requests come in document order.
 */
public final class NameAllocator {
    private final Set<String> taken = new HashSet<>();

    /** Marks {@code name} as taken without allocating it. */
    public void reserve(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code name} (ignoring case) is taken. */
    public boolean isTaken(String name) {
        return taken.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A name not handed out before: {@code candidate} or {@code candidate<n>}. */
    public String allocate(String candidate) {
        String name = candidate;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = candidate + n;
        }
        return name;
    }
}
