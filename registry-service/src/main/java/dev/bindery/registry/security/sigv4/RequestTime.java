package dev.bindery.registry.security.sigv4;

import dev.bindery.registry.security.AuthenticationException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * When a request says it was signed: its {@code X-Amz-Date} ({@code yyyyMMdd'T'HHmmss'Z'}), else its
 * {@code Date} (RFC 1123), and that time in the basic ISO 8601 form the string to sign uses.
 *
 * @param instant the signing time
 * @param amzDate the signing time as {@code yyyyMMdd'T'HHmmss'Z'}
 * @param header  the lower-case name of the header it came from, which must be signed
 */
record RequestTime(Instant instant, String amzDate, String header) {

    static final String X_AMZ_DATE = "x-amz-date";
    static final String DATE = "date";

    /** The signing time of {@code request}. */
    static RequestTime of(SignedRequest request) {
        List<String> amzDates = request.headerValues(X_AMZ_DATE);
        if (!amzDates.isEmpty()) {
            String value = single(amzDates, "X-Amz-Date");
            return new RequestTime(parseAmzDate(value), value, X_AMZ_DATE);
        }
        List<String> dates = request.headerValues(DATE);
        if (!dates.isEmpty()) {
            String value = single(dates, "Date");
            Instant instant;
            try {
                instant = DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip(), Instant::from);
            } catch (DateTimeException e) {
                throw AuthenticationException.incompleteSignature(
                        "Date must be an RFC 1123 date such as 'Sun, 06 Dec 2026 01:30:00 GMT'. Got '" + value + "'.");
            }
            return new RequestTime(instant, format(instant), DATE);
        }
        throw AuthenticationException.incompleteSignature(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }

    /** The day of the signing time, {@code yyyyMMdd}. */
    String day() {
        return amzDate.substring(0, 8);
    }

    /** {@code instant} as {@code yyyyMMdd'T'HHmmss'Z'}, to the second. */
    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder(16);
        pad(out, t.getYear(), 4);
        pad(out, t.getMonthValue(), 2);
        pad(out, t.getDayOfMonth(), 2);
        out.append('T');
        pad(out, t.getHour(), 2);
        pad(out, t.getMinute(), 2);
        pad(out, t.getSecond(), 2);
        return out.append('Z').toString();
    }

    private static Instant parseAmzDate(String value) {
        if (value.length() == 16
                && value.charAt(8) == 'T'
                && value.charAt(15) == 'Z'
                && digits(value, 0, 8)
                && digits(value, 9, 15)) {
            try {
                return LocalDateTime.of(
                                number(value, 0, 4),
                                number(value, 4, 6),
                                number(value, 6, 8),
                                number(value, 9, 11),
                                number(value, 11, 13),
                                number(value, 13, 15))
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                // Reported below, like any other malformed date.
            }
        }
        throw AuthenticationException.incompleteSignature(
                "X-Amz-Date must be in ISO 8601 basic format, yyyyMMdd'T'HHmmss'Z'. Got '" + value + "'.");
    }

    private static String single(List<String> values, String name) {
        if (values.size() > 1) {
            throw AuthenticationException.incompleteSignature("The request has more than one '" + name + "' header.");
        }
        return values.get(0);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }

    private static void pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }
}
