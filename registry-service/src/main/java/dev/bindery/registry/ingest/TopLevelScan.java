package dev.bindery.registry.ingest;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The top-level keys of a JSON object in UTF-8, found by a scan of its bytes that builds nothing: whether
 * it has a {@code specversion} or a {@code detail-type} member, and the value of one named member when
 * that is a string. It does not validate: on well-formed JSON it finds what a parser finds, and the
 * strict parse that follows it (the engine's fold) refuses the rest. Anything it is not sure of (a key
 * or the named string with an escape, the named member twice or not a string) makes it give up, and
 * the caller reads the value with a parser instead. It also gives up on an escape that may spell a
 * surrogate ({@code \\uD...}): the fold does not look for unpaired ones, the full reading does.
 */
final class TopLevelScan {

    private static final byte[] SPECVERSION = ascii("specversion");
    private static final byte[] DETAIL_TYPE = ascii("detail-type");

    /** What the scan found. */
    record Found(
            boolean specversion,
            boolean detailType,
            @Nullable String named) {}

    private final byte[] json;
    private int at;

    private TopLevelScan(byte[] json) {
        this.json = json;
    }

    /**
     * The top-level keys of {@code json}, or {@code null} when it does not start as an object or the scan
     * gives up.
     *
     * @param name the key whose string value to return, {@code null} for none
     */
    static @Nullable Found scan(byte[] json, @Nullable byte[] name) {
        return new TopLevelScan(json).object(name);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private @Nullable Found object(@Nullable byte[] name) {
        if (next() != '{') {
            return null;
        }
        at++;
        boolean specversion = false;
        boolean detailType = false;
        String named = null;
        boolean namedSeen = false;
        if (next() == '}') {
            return new Found(false, false, null);
        }
        while (true) {
            if (next() != '"') {
                return null;
            }
            int keyStart = ++at;
            int keyEnd = plainStringEnd();
            if (keyEnd < 0) {
                return null;
            }
            at = keyEnd + 1;
            if (next() != ':') {
                return null;
            }
            at++;
            if (next() < 0) {
                return null;
            }
            if (name != null && Arrays.equals(json, keyStart, keyEnd, name, 0, name.length)) {
                if (namedSeen || json[at] != '"') {
                    return null;
                }
                namedSeen = true;
                int valueStart = ++at;
                int valueEnd = plainStringEnd();
                if (valueEnd < 0) {
                    return null;
                }
                named = new String(json, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
                at = valueEnd + 1;
            } else {
                specversion |= Arrays.equals(json, keyStart, keyEnd, SPECVERSION, 0, SPECVERSION.length);
                detailType |= Arrays.equals(json, keyStart, keyEnd, DETAIL_TYPE, 0, DETAIL_TYPE.length);
                if (!skipValue()) {
                    return null;
                }
            }
            int separator = next();
            at++;
            if (separator == '}') {
                return new Found(specversion, detailType, named);
            }
            if (separator != ',') {
                return null;
            }
        }
    }

    /** The first byte from {@code at} that is not JSON white space ({@code at} moved there), or -1 at the end. */
    private int next() {
        while (at < json.length) {
            byte b = json[at];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
            at++;
        }
        return -1;
    }

    /** Where the string whose content starts at {@code at} closes, or -1 when it has an escape or does not close. */
    private int plainStringEnd() {
        for (int i = at; i < json.length; i++) {
            byte b = json[i];
            if (b == '"') {
                return i;
            }
            if (b == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /** Moves past one value starting at {@code at}; {@code false} when the bytes end first. */
    private boolean skipValue() {
        int depth = 0;
        while (at < json.length) {
            byte b = json[at];
            if (b == '"') {
                if (!skipString()) {
                    return false;
                }
                if (depth == 0) {
                    return true;
                }
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    return true; // the end of an enclosing object: the scalar before it ended
                }
                depth--;
                if (depth == 0) {
                    at++;
                    return true;
                }
            } else if (depth == 0 && (b == ',' || b == ' ' || b == '\n' || b == '\r' || b == '\t')) {
                return true; // a scalar ended
            }
            at++;
        }
        return false;
    }

    /**
     * Moves past the string whose opening quote is at {@code at}; {@code false} when it does not close or
     * has an escape that may spell a surrogate.
     */
    private boolean skipString() {
        for (int i = at + 1; i < json.length; i++) {
            byte b = json[i];
            if (b == '\\') {
                if (i + 2 < json.length && json[i + 1] == 'u' && (json[i + 2] == 'd' || json[i + 2] == 'D')) {
                    return false;
                }
                i++;
            } else if (b == '"') {
                at = i + 1;
                return true;
            }
        }
        return false;
    }
}
