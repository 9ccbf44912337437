package dev.bindery.registry.discovery.inference;

/**
 * Allocation-free format checks over a character range (as handed out by {@code JsonParser.getTextCharacters()}).
 * Each check rejects on length or a fixed character first, so a value that cannot match costs a few comparisons.
 */
final class StringFormats {

    private StringFormats() {}

    /** The subset of {@code candidates} (a {@link StringFormat} bit mask) that {@code b[off, off+len)} matches. */
    static int match(char[] b, int off, int len, int candidates) {
        int result = 0;
        if ((candidates & StringFormat.DATE_TIME.bit()) != 0 && isDateTime(b, off, len)) {
            result |= StringFormat.DATE_TIME.bit();
        }
        if ((candidates & StringFormat.DATE.bit()) != 0 && len == 10 && isDate(b, off)) {
            result |= StringFormat.DATE.bit();
        }
        if ((candidates & StringFormat.TIME.bit()) != 0 && isTime(b, off, len)) {
            result |= StringFormat.TIME.bit();
        }
        if ((candidates & StringFormat.UUID.bit()) != 0 && isUuid(b, off, len)) {
            result |= StringFormat.UUID.bit();
        }
        if ((candidates & StringFormat.IPV4.bit()) != 0 && isIpv4(b, off, len)) {
            result |= StringFormat.IPV4.bit();
        }
        if ((candidates & StringFormat.IPV6.bit()) != 0 && isIpv6(b, off, len)) {
            result |= StringFormat.IPV6.bit();
        }
        if ((candidates & StringFormat.EMAIL.bit()) != 0 && isEmail(b, off, len)) {
            result |= StringFormat.EMAIL.bit();
        }
        if ((candidates & StringFormat.URI.bit()) != 0 && isUri(b, off, len)) {
            result |= StringFormat.URI.bit();
        }
        return result;
    }

    static int match(String s, int candidates) {
        return match(s.toCharArray(), 0, s.length(), candidates);
    }

    static boolean isDateTime(char[] b, int off, int len) {
        if (len < 20 || b[off + 4] != '-') {
            return false;
        }
        char t = b[off + 10];
        return (t == 'T' || t == 't') && isDate(b, off) && isTime(b, off + 11, len - 11);
    }

    /** {@code YYYY-MM-DD} at {@code b[off]}, ten characters. */
    static boolean isDate(char[] b, int off) {
        if (b[off + 4] != '-' || b[off + 7] != '-') {
            return false;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    /** RFC 3339 full-time: {@code HH:MM:SS[.frac](Z|±HH:MM)}. */
    static boolean isTime(char[] b, int off, int len) {
        if (len < 9 || b[off + 2] != ':' || b[off + 5] != ':') {
            return false;
        }
        int hour = digits(b, off, 2);
        int minute = digits(b, off + 3, 2);
        int second = digits(b, off + 6, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return false;
        }
        int i = off + 8;
        int end = off + len;
        if (b[i] == '.') {
            int start = ++i;
            while (i < end && isDigit(b[i])) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i == end) {
            return false;
        }
        char z = b[i];
        if (z == 'Z' || z == 'z') {
            return i + 1 == end;
        }
        if ((z != '+' && z != '-') || end - i != 6 || b[i + 3] != ':') {
            return false;
        }
        int offsetHour = digits(b, i + 1, 2);
        int offsetMinute = digits(b, i + 4, 2);
        return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
    }

    static boolean isUuid(char[] b, int off, int len) {
        if (len != 36 || b[off + 8] != '-' || b[off + 13] != '-' || b[off + 18] != '-' || b[off + 23] != '-') {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            if (i != 8 && i != 13 && i != 18 && i != 23 && !isHex(b[off + i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv4(char[] b, int off, int len) {
        if (len < 7 || len > 15 || !isDigit(b[off])) {
            return false;
        }
        int end = off + len;
        int i = off;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= end || b[i] != '.') {
                    return false;
                }
                i++;
            }
            int start = i;
            int value = 0;
            while (i < end && isDigit(b[i]) && i - start < 3) {
                value = value * 10 + (b[i] - '0');
                i++;
            }
            int n = i - start;
            if (n == 0 || value > 255 || (n > 1 && b[start] == '0')) {
                return false;
            }
        }
        return i == end;
    }

    static boolean isIpv6(char[] b, int off, int len) {
        if (len < 2 || len > 45) {
            return false;
        }
        int end = off + len;
        int i = off;
        int groups = 0;
        boolean compressed = false;
        if (b[i] == ':') {
            if (b[i + 1] != ':') {
                return false;
            }
            compressed = true;
            i += 2;
        }
        while (i < end) {
            int start = i;
            while (i < end && isHex(b[i])) {
                i++;
            }
            if (i < end && b[i] == '.') {
                if (!isIpv4(b, start, end - start)) {
                    return false;
                }
                groups += 2;
                break;
            }
            int n = i - start;
            if (n == 0 || n > 4) {
                return false;
            }
            groups++;
            if (i == end) {
                break;
            }
            if (b[i] != ':') {
                return false;
            }
            i++;
            if (i == end) {
                return false;
            }
            if (b[i] == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    static boolean isEmail(char[] b, int off, int len) {
        if (len < 5 || len > 254) {
            return false;
        }
        int end = off + len;
        int at = -1;
        for (int i = off; i < end; i++) {
            if (b[i] == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at <= off || at - off > 64) {
            return false;
        }
        for (int i = off; i < at; i++) {
            char c = b[i];
            if (c == '.') {
                if (i == off || i == at - 1 || b[i - 1] == '.') {
                    return false;
                }
            } else if (!isAtext(c)) {
                return false;
            }
        }
        return isHostname(b, at + 1, end, 2);
    }

    /** Labels of 1–63 letters, digits and inner hyphens, separated by dots; at least {@code minLabels}. */
    private static boolean isHostname(char[] b, int from, int end, int minLabels) {
        int labels = 0;
        int i = from;
        while (i < end) {
            int start = i;
            while (i < end && b[i] != '.') {
                char c = b[i];
                if (!SchemaNames.isAsciiLetterOrDigit(c) && c != '-') {
                    return false;
                }
                i++;
            }
            int n = i - start;
            if (n == 0 || n > 63 || b[start] == '-' || b[i - 1] == '-') {
                return false;
            }
            labels++;
            if (i < end) {
                i++;
                if (i == end) {
                    return false;
                }
            }
        }
        return labels >= minLabels;
    }

    static boolean isUri(char[] b, int off, int len) {
        if (len < 4 || !isLetter(b[off])) {
            return false;
        }
        int end = off + len;
        int i = off + 1;
        while (i < end && (SchemaNames.isAsciiLetterOrDigit(b[i]) || b[i] == '+' || b[i] == '-' || b[i] == '.')) {
            i++;
        }
        if (end - i < 4 || b[i] != ':' || b[i + 1] != '/' || b[i + 2] != '/') {
            return false;
        }
        for (i += 3; i < end; i++) {
            char c = b[i];
            if (c == '%') {
                if (i + 2 >= end || !isHex(b[i + 1]) || !isHex(b[i + 2])) {
                    return false;
                }
                i += 2;
            } else if (c <= ' ' || c >= 127 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                return false;
            }
        }
        return true;
    }

    private static int digits(char[] b, int off, int n) {
        int value = 0;
        for (int i = off; i < off + n; i++) {
            char c = b[i];
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAtext(char c) {
        return SchemaNames.isAsciiLetterOrDigit(c) || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }
}
