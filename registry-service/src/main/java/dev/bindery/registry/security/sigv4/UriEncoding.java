package dev.bindery.registry.security.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 3986 percent-encoding as Signature Version 4 uses it: every byte of the UTF-8 form is written
 * as {@code %XY} with upper-case hex, except the unreserved characters {@code A-Z a-z 0-9 - _ . ~}.
 */
final class UriEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {}

    /**
     * Appends {@code text} encoded once more, keeping {@code /} if {@code keepSlash}. Applied to a
     * path that is already encoded, this is the "double encoding" of the canonical URI: {@code %40}
     * becomes {@code %2540}.
     */
    static void encode(String text, boolean keepSlash, StringBuilder out) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isUnreserved(c) || c == '/' && keepSlash) {
                out.append(c);
            } else if (c < 0x80) {
                appendByte(c, out);
            } else {
                int end = i + 1;
                while (end < length && text.charAt(end) >= 0x80) {
                    end++;
                }
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(b & 0xFF, out);
                }
                i = end - 1;
            }
        }
    }

    /**
     * Appends a query name or value as it arrived, decoded and encoded again, so that any encoding
     * of the same bytes ({@code ~} or {@code %7E}, {@code %2f} or {@code %2F}, a raw {@code @})
     * comes out the one way the signer wrote it. A raw {@code +} is a space, as AWS and the server's
     * own query decoder read it (clients that mean a plus sign send {@code %2B}); a {@code %} that
     * does not start an escape is taken literally.
     */
    static void reencode(String component, StringBuilder out) {
        if (isEncoded(component)) {
            out.append(component);
            return;
        }
        byte[] bytes = decode(component);
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned < 0x80 && isUnreserved((char) unsigned)) {
                out.append((char) unsigned);
            } else {
                appendByte(unsigned, out);
            }
        }
    }

    /** Whether {@code component} is already in the one encoding {@link #reencode} produces. */
    private static boolean isEncoded(String component) {
        int length = component.length();
        for (int i = 0; i < length; i++) {
            char c = component.charAt(i);
            if (isUnreserved(c)) {
                continue;
            }
            if (c != '%' || i + 2 >= length) {
                return false;
            }
            int high = upperHexDigit(component.charAt(i + 1));
            int low = upperHexDigit(component.charAt(i + 2));
            if (high < 0 || low < 0) {
                return false;
            }
            int decoded = high << 4 | low;
            if (decoded < 0x80 && isUnreserved((char) decoded)) {
                return false;
            }
            i += 2;
        }
        return true;
    }

    private static byte[] decode(String component) {
        int length = component.length();
        byte[] bytes = new byte[length * 3];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = component.charAt(i);
            if (c == '%'
                    && i + 2 < length
                    && hexDigit(component.charAt(i + 1)) >= 0
                    && hexDigit(component.charAt(i + 2)) >= 0) {
                bytes[n++] = (byte) (hexDigit(component.charAt(i + 1)) << 4 | hexDigit(component.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                int end = i + 1;
                while (end < length && component.charAt(end) >= 0x80) {
                    end++;
                }
                for (byte b : component.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    bytes[n++] = b;
                }
                i = end - 1;
            }
        }
        return Arrays.copyOf(bytes, n);
    }

    private static void appendByte(int b, StringBuilder out) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }

    static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9'
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '~';
    }

    private static int upperHexDigit(char c) {
        return c >= 'a' && c <= 'f' ? -1 : hexDigit(c);
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }
}
