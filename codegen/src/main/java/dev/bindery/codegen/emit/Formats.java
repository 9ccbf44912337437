package dev.bindery.codegen.emit;

/**
 * Text spliced into a JavaPoet format string instead of passed as a {@code $L} argument. JavaPoet writes every
 * format segment and every argument as a separate piece (each line-split with a regular expression, twice per file:
 * once to collect imports, once to write), so names and Javadoc text that need no import are cheaper inside the
 * format. The output is the same.
 */
final class Formats {
    private Formats() {}

    /** {@code text} with JavaPoet's {@code $} escaped, to be part of a format string. */
    static String code(String text) {
        return text.indexOf('$') < 0 ? text : text.replace("$", "$$");
    }

    /**
     * {@code value} as the Java string literal JavaPoet's {@code $S} writes, ready for a format string, when that
     * literal is the text itself in quotes (printable ASCII without quotes or backslashes); otherwise {@code null},
     * and the caller passes {@code $S}.
     */
    static String stringLiteral(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return null;
            }
        }
        return "\"" + code(value) + "\"";
    }
}
