package dev.bindery.registry.security.oidc;

import dev.bindery.registry.security.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which Bindery role, limited to which registries, a token's role-claim values grant. Written as
 * one string so that one environment variable can hold it:
 *
 * <pre>
 * role-map = entry *( ";" entry )
 * entry    = value "=" role [ ":" pattern *( "," pattern ) ]
 * role     = "reader" / "producer" / "writer" / "admin"      (any case)
 * pattern  = 1*( ALPHA / DIGIT / "." / "-" / "_" / "*" / "?" )
 * </pre>
 *
 * for example {@code bindery-admins=admin;team-orders=writer:orders,orders-*;ci=reader}. Space
 * around the parts is ignored. The value is everything before the entry's last {@code =}, so
 * values that contain {@code =} (LDAP distinguished names) work; a value cannot contain {@code ;}.
 * Values match claim values exactly, case-sensitively. An entry without patterns grants every
 * registry.
 *
 * <p>When several entries match, the strongest role wins (admin, then writer, then reader, then
 * producer) and the registries are the union of the patterns of the matching entries with that
 * role; one of them without patterns makes it every registry.
 */
public final class RoleMap {

    private final List<Entry> entries;

    private RoleMap(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * One entry of the map.
     *
     * @param value      the claim value it matches
     * @param role       the role it grants
     * @param registries registry name patterns, or empty for every registry
     */
    public record Entry(String value, Role role, List<String> registries) {

        public Entry {
            Objects.requireNonNull(value, "value == null");
            Objects.requireNonNull(role, "role == null");
            registries = List.copyOf(registries);
        }
    }

    /**
     * What a token's claim values are granted.
     *
     * @param role       the strongest role of the matching entries
     * @param registries the united patterns of the entries with that role, or empty for every registry
     */
    public record Grant(Role role, List<String> registries) {

        public Grant {
            Objects.requireNonNull(role, "role == null");
            registries = List.copyOf(registries);
        }
    }

    /**
     * Parses {@code text} in the grammar above.
     *
     * @throws IllegalArgumentException naming the bad entry, if {@code text} is blank, an entry is
     *                                  empty or malformed, names an unknown role or a bad pattern,
     *                                  or maps a value that an earlier entry maps
     */
    public static RoleMap parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The role map is empty: no token could be granted a role.");
        }
        String[] parts = text.split(";", -1);
        List<Entry> entries = new ArrayList<>(parts.length);
        Set<String> values = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            Entry entry = parseEntry(parts[i].strip(), i + 1);
            if (!values.add(entry.value())) {
                throw new IllegalArgumentException("Role map entry " + (i + 1) + " '" + parts[i].strip() + "' maps '"
                        + entry.value() + "', which an earlier entry already maps.");
            }
            entries.add(entry);
        }
        return new RoleMap(entries);
    }

    private static Entry parseEntry(String entry, int index) {
        String where = "Role map entry " + index + " '" + entry + "'";
        if (entry.isEmpty()) {
            throw new IllegalArgumentException(
                    "Role map entry " + index + " is empty (two ';' in a row, or one at an end).");
        }
        int equals = entry.lastIndexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException(where + " has no '=': expected value=role[:pattern,pattern…].");
        }
        String value = entry.substring(0, equals).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + " has no value before '='.");
        }
        String grant = entry.substring(equals + 1);
        int colon = grant.indexOf(':');
        String roleName = (colon < 0 ? grant : grant.substring(0, colon)).strip();
        Role role;
        try {
            role = Role.parse(roleName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        List<String> patterns = new ArrayList<>();
        if (colon >= 0) {
            for (String raw : grant.substring(colon + 1).split(",", -1)) {
                String pattern = raw.strip();
                if (!isPattern(pattern)) {
                    throw new IllegalArgumentException(where + " has a bad registry pattern '" + pattern
                            + "': expected letters, digits, '.', '-', '_', '*' or '?'.");
                }
                patterns.add(pattern);
            }
        }
        return new Entry(value, role, patterns);
    }

    private static boolean isPattern(String pattern) {
        if (pattern.isEmpty()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean ok = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '-'
                    || c == '_'
                    || c == '*'
                    || c == '?';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The entries in the order they were written. */
    public List<Entry> entries() {
        return entries;
    }

    /** What {@code claimValues} are granted, or empty if no entry matches any of them. */
    public Optional<Grant> resolve(Collection<String> claimValues) {
        Set<String> held = Set.copyOf(claimValues);
        Role best = null;
        for (Entry entry : entries) {
            if (held.contains(entry.value()) && (best == null || strength(entry.role()) > strength(best))) {
                best = entry.role();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Set<String> patterns = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (entry.role() == best && held.contains(entry.value())) {
                if (entry.registries().isEmpty()) {
                    return Optional.of(new Grant(best, List.of()));
                }
                patterns.addAll(entry.registries());
            }
        }
        return Optional.of(new Grant(best, List.copyOf(patterns)));
    }

    /** Producer only ingests, so any role that reads outranks it. */
    private static int strength(Role role) {
        return switch (role) {
            case PRODUCER -> 0;
            case READER -> 1;
            case WRITER -> 2;
            case ADMIN -> 3;
        };
    }

    @Override
    public String toString() {
        return "RoleMap" + entries;
    }
}
