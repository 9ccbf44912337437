package dev.bindery.registry.security.sigv4;

/** Checks on hexadecimal text, without regular expressions. */
final class Hex {

    private Hex() {}

    /** Whether {@code text} is 64 hexadecimal digits, the length of a hex SHA-256. */
    static boolean isSha256(String text) {
        return isHex(text, 64);
    }

    /** Whether {@code text} is exactly {@code length} hexadecimal digits of either case. */
    static boolean isHex(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
