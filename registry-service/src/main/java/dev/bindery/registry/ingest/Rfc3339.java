package dev.bindery.registry.ingest;

import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Event times as RFC 3339 text, read as {@link OffsetDateTime#parse} reads them. The form nearly every
 * event carries ({@code 2026-01-01T10:00:00Z}, {@code .123} and {@code +02:00} optional) is read
 * directly; any other text goes to {@code OffsetDateTime.parse}, whose general formatter was a tenth of
 * an NDJSON replay's time.
 */
final class Rfc3339 {

    private Rfc3339() {}

    /**
     * The instant {@code text} names.
     *
     * @throws DateTimeParseException when it is not an ISO-8601 date-time with an offset
     */
    static Instant parse(String text) {
        Instant time = common(text);
        return time != null ? time : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant of {@code uuuu-MM-ddTHH:mm:ss[.S{1,9}](Z|±HH:MM)}, or {@code null} for any other text. */
    private static @Nullable Instant common(String text) {
        int n = text.length();
        if (n < 20
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (text.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
                nano = nano * 10 + text.charAt(i++) - '0';
            }
            if (i == start || i < n && isDigit(text.charAt(i))) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nano *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && text.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
            int hours = digits(text, i + 1, 2);
            int minutes = digits(text, i + 4, 2);
            if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
                return null;
            }
            offsetSeconds = (text.charAt(i) == '-' ? -60 : 60) * (hours * 60 + minutes);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null; // the general parser names the problem
        }
    }

    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
