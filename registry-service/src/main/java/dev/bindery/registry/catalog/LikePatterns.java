package dev.bindery.registry.catalog;

import java.util.Locale;

/** LIKE patterns (escape character '\') built from user text, which may contain % and _. */
final class LikePatterns {

    private LikePatterns() {
    }

    static String startingWith(String prefix) {
        return escape(prefix) + "%";
    }

    /** Matches lower-cased text that contains {@code word}, ignoring case. */
    static String containingIgnoreCase(String word) {
        return "%" + escape(word.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
