package dev.bindery.registry.ingest;

import dev.bindery.registry.error.Utf8;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The top-level members of a JSON object in UTF-8, found by a scan of its bytes that builds no tree and
 * parses no value it does not return. Two readings: {@link #scan} finds whether a raw object has a
 * {@code specversion} or a {@code detail-type} member, and the value of one named member when that is a
 * string (the Kafka tap's raw records); {@link #envelope} finds the members of an EventBridge envelope
 * (NDJSON lines, API destinations). Neither validates what it skips: on well-formed JSON each finds what a
 * parser finds, and the strict parse that follows (the engine's fold of the detail) refuses the rest.
 * Anything it is not sure of (an escape in a key or in a string it returns, a member twice, a value of
 * another kind) makes it give up, and the caller reads the bytes with a parser instead. It also gives up on
 * an escape that may spell a surrogate ({@code \\uD...}): the fold does not look for unpaired ones, the
 * full reading does.
 */
final class TopLevelScan {

    private static final byte[] SPECVERSION = ascii("specversion");
    private static final byte[] DETAIL_TYPE = ascii("detail-type");
    /** The names of an EventBridge envelope's members; the indexes below are those {@link #envelope} returns. */
    private static final byte[][] ENVELOPE_KEYS = {
        ascii("id"),
        ascii("source"),
        ascii("detail-type"),
        ascii("time"),
        ascii("resources"),
        ascii("detail"),
        ascii("version"),
        ascii("account"),
        ascii("region")
    };

    private static final int ID = 0;
    private static final int SOURCE = 1;
    private static final int DETAIL_TYPE_MEMBER = 2;
    private static final int TIME = 3;
    private static final int RESOURCES = 4;
    private static final int DETAIL = 5;

    /** What the scan found. */
    record Found(
            boolean specversion,
            boolean detailType,
            @Nullable String named) {}

    /**
     * The members of an envelope that the doors read (a {@code null} one is absent), with its detail's text
     * (the bytes of a JSON object or of something the fold will refuse: it is not checked here).
     */
    record Envelope(
            @Nullable String id,
            @Nullable String source,
            @Nullable String detailType,
            @Nullable String time,
            List<String> resources,
            @Nullable String detail) {}

    private final byte[] json;
    private final int end;
    private int at;

    private TopLevelScan(byte[] json, int offset, int length) {
        this.json = json;
        this.at = offset;
        this.end = offset + length;
    }

    /**
     * The top-level keys of {@code json}, or {@code null} when it does not start as an object or the scan
     * gives up.
     *
     * @param name the key whose string value to return, {@code null} for none
     */
    static @Nullable Found scan(byte[] json, @Nullable byte[] name) {
        return new TopLevelScan(json, 0, json.length).object(name);
    }

    /**
     * The EventBridge envelope in {@code json[offset, offset+length)}, found without a parser, or {@code null}
     * when the scan cannot vouch that a parser would read these bytes as this envelope, and the caller reads
     * them with one instead. It vouches only for the usual envelope: one object, nothing after it but white
     * space, members only of the envelope's names and each at most once, all strings plain (no escape, no
     * control character, UTF-8 without U+FFFD) but {@code resources}, an array of such strings, and
     * {@code detail}, an object. The detail's inside is left to the fold, which refuses what the rules would.
     */
    static @Nullable Envelope envelope(byte[] json, int offset, int length) {
        return new TopLevelScan(json, offset, length).envelope();
    }

    private @Nullable Envelope envelope() {
        if (next() != '{') {
            return null;
        }
        at++;
        String[] strings = new String[ENVELOPE_KEYS.length];
        List<String> resources = List.of();
        int seen = 0;
        if (next() == '}') {
            at++;
            return next() < 0 ? new Envelope(null, null, null, null, List.of(), null) : null;
        }
        while (true) {
            if (next() != '"') {
                return null;
            }
            int keyStart = ++at;
            int keyEnd = plainStringEnd();
            int member = keyEnd < 0 ? -1 : envelopeMember(keyStart, keyEnd);
            if (member < 0 || (seen & 1 << member) != 0) {
                return null;
            }
            seen |= 1 << member;
            at = keyEnd + 1;
            if (next() != ':') {
                return null;
            }
            at++;
            int first = next();
            if (member == RESOURCES) {
                resources = stringArray();
                if (resources == null) {
                    return null;
                }
            } else if (member == DETAIL) {
                int start = at;
                if (first != '{' || !skipValue()) {
                    return null;
                }
                strings[DETAIL] = Utf8.exactText(json, start, at - start);
                if (strings[DETAIL] == null) {
                    return null;
                }
            } else {
                strings[member] = first == '"' ? plainText() : null;
                if (strings[member] == null) {
                    return null;
                }
            }
            int separator = next();
            at++;
            if (separator == '}') {
                return next() < 0
                        ? new Envelope(
                                strings[ID],
                                strings[SOURCE],
                                strings[DETAIL_TYPE_MEMBER],
                                strings[TIME],
                                resources,
                                strings[DETAIL])
                        : null;
            }
            if (separator != ',') {
                return null;
            }
        }
    }

    /** Which envelope member the key in {@code json[start, end)} names, or -1. */
    private int envelopeMember(int start, int end) {
        for (int i = 0; i < ENVELOPE_KEYS.length; i++) {
            if (Arrays.equals(json, start, end, ENVELOPE_KEYS[i], 0, ENVELOPE_KEYS[i].length)) {
                return i;
            }
        }
        return -1;
    }

    /** The plain strings of the array opening at {@code at}, or {@code null} when it is anything else. */
    private @Nullable List<String> stringArray() {
        if (next() != '[') {
            return null;
        }
        at++;
        List<String> strings = new ArrayList<>(2);
        if (next() == ']') {
            at++;
            return strings;
        }
        while (true) {
            String text = next() == '"' ? plainText() : null;
            if (text == null) {
                return null;
            }
            strings.add(text);
            int separator = next();
            at++;
            if (separator == ']') {
                return strings;
            }
            if (separator != ',') {
                return null;
            }
        }
    }

    /**
     * The text of the string opening at {@code at} (moved past it), or {@code null} when it has an escape or a
     * control character, does not close, or its bytes are not UTF-8.
     */
    private @Nullable String plainText() {
        int start = ++at;
        for (int i = start; i < end; i++) {
            byte b = json[i];
            if (b == '"') {
                at = i + 1;
                return Utf8.exactText(json, start, i - start);
            }
            if (b == '\\' || b >= 0 && b < 0x20) {
                return null;
            }
        }
        return null;
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
        while (at < end) {
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
        for (int i = at; i < end; i++) {
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
        while (at < end) {
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
        for (int i = at + 1; i < end; i++) {
            byte b = json[i];
            if (b == '\\') {
                if (i + 2 < end && json[i + 1] == 'u' && (json[i + 2] == 'd' || json[i + 2] == 'D')) {
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
