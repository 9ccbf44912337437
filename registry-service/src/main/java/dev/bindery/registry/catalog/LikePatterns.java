package dev.bindery.registry.catalog;

import java.util.Locale;

/** LIKE patterns (escape character '\') built from user text, which may contain % and _. */
public final class LikePatterns {

    private LikePatterns() {}

    public static String startingWith(String prefix) {
        return escape(prefix) + "%";
    }

    /** Matches lower-cased text that contains {@code word}, ignoring case. */
    public static String containingIgnoreCase(String word) {
        return "%" + escape(word.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
