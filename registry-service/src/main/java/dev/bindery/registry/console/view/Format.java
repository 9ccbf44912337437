package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the console writes values: times in UTC to the second, absent values as a dash. */
public final class Format {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Format() {}

    public static String time(@Nullable Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public static String iso(@Nullable Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
