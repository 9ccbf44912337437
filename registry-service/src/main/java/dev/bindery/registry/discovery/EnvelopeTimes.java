package dev.bindery.registry.discovery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text of an envelope's {@code time}: what {@link DateTimeFormatter#ISO_INSTANT} writes (UTC, seconds
 * always, a fraction in groups of three digits when there is one), filled in directly for years 0000 to
 * 9999. The formatter's general machinery was a twentieth of the Kafka tap's time per record.
 */
final class EnvelopeTimes {

    private EnvelopeTimes() {}

    static String format(Instant time) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(time);
        }
        char[] c = new char[30];
        int n = digits(c, 0, year, 4);
        c[n++] = '-';
        n = digits(c, n, utc.getMonthValue(), 2);
        c[n++] = '-';
        n = digits(c, n, utc.getDayOfMonth(), 2);
        c[n++] = 'T';
        n = digits(c, n, utc.getHour(), 2);
        c[n++] = ':';
        n = digits(c, n, utc.getMinute(), 2);
        c[n++] = ':';
        n = digits(c, n, utc.getSecond(), 2);
        int nano = time.getNano();
        if (nano != 0) {
            c[n++] = '.';
            if (nano % 1_000_000 == 0) {
                n = digits(c, n, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                n = digits(c, n, nano / 1_000, 6);
            } else {
                n = digits(c, n, nano, 9);
            }
        }
        c[n++] = 'Z';
        return new String(c, 0, n);
    }

    /** Puts {@code value} as {@code width} digits, zero-padded, at {@code start}; returns the end. */
    private static int digits(char[] c, int start, int value, int width) {
        int rest = value;
        for (int i = start + width - 1; i >= start; i--) {
            c[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return start + width;
    }
}
