package dev.bindery.registry.patterns;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Nearest names for suggestions: the same name but for case, hyphens and underscores first (so {@code detailType},
 * {@code detail_type} and {@code Detail-Type} all find {@code detail-type}), then the smallest edit distance within
 * a third of the name's length.
 */
final class Names {

    private Names() {}

    /** The candidates nearest {@code name}, best first, at most {@code max}; empty when none is near. */
    static List<String> nearest(String name, Collection<String> candidates, int max) {
        String folded = fold(name);
        int limit = Math.max(2, name.length() / 3);
        return candidates.stream()
                .distinct()
                .filter(candidate -> !candidate.equals(name))
                .filter(candidate -> fold(candidate).equals(folded)
                        || distance(name, candidate) <= limit
                        || distance(folded, fold(candidate)) <= limit)
                .sorted(Comparator.comparingInt(
                                (String candidate) -> fold(candidate).equals(folded) ? 0 : 1)
                        .thenComparingInt(candidate -> distance(folded, fold(candidate)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(max)
                .toList();
    }

    static @Nullable String nearestOne(String name, Collection<String> candidates) {
        List<String> nearest = nearest(name, candidates, 1);
        return nearest.isEmpty() ? null : nearest.get(0);
    }

    /** Lower case without hyphens and underscores: camelCase, snake_case and kebab-case fold alike. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
