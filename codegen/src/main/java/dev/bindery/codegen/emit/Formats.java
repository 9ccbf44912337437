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
}
