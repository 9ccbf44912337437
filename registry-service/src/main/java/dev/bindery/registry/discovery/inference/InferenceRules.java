package dev.bindery.registry.discovery.inference;

import java.util.List;
import java.util.Map;

/**
 * The decisions taken when a shape is rendered, and the bounds that keep a shape's memory finite. All decisions
 * are functions of the merged statistics only, so they inherit the merge's order independence.
 *
 * <h2>Enumeration rule</h2>
 * A string position is emitted with {@code enum} (values sorted) when all of these hold:
 * <ol>
 *   <li>it was a string at least {@value #ENUM_MIN_OBSERVATIONS} times;</li>
 *   <li>it took between 2 and {@value #ENUM_MAX_VALUES} distinct values, and (distinct values)² ≤ (string
 *       observations) — each value was seen about √n times on average (quicktype's rule). A single value is a
 *       constant so far, not a closed set: pinning it would make the next value a breaking change;</li>
 *   <li>every value is 1–{@value StringValues#MAX_LENGTH} characters long and contains a letter, and none reads
 *       as a number ({@code 12}, {@code -3.5}, {@code 1e9});</li>
 *   <li>no string format was inferred (timestamps, UUIDs, addresses are never enumerations);</li>
 *   <li>the values are not identifier-like: not (three or more values and more than half of them contain a
 *       digit — {@code S1…S99}, {@code ord-1001}, {@code v1/v2/v3}), and no value is a run of 16 or more hex
 *       digits (hashes).</li>
 * </ol>
 *
 * <h2>Map rule</h2>
 * An object position (other than the event root) is emitted as {@code additionalProperties: {schema}}, the merged
 * schema of all its values, instead of a property list when any of these holds:
 * <ol>
 *   <li>it has seen more than {@value #MAX_PROPERTIES} distinct keys (the engine then stops tracking keys one by
 *       one: this bounds memory);</li>
 *   <li>every key seen is data rather than a name: an integer ({@code 42}, {@code -7}), a UUID, a hex string of
 *       8+ characters containing a digit, or an RFC 3339 date or date-time;</li>
 *   <li>it has seen at least {@value #SPARSE_MAP_MIN_KEYS} distinct keys, no key was present in more than half of
 *       the objects, and all keys' values took the same JSON types (ignoring null) — a sparse, homogeneous key
 *       space is a dictionary, not a record.</li>
 * </ol>
 *
 * <h2>Bounds</h2>
 * Per position: at most {@value #MAX_PROPERTIES} keys, {@value StringValues#CAPACITY} distinct short strings,
 * seven type counters (so a union has at most five {@code anyOf} branches: object, array, string, number,
 * boolean); positions nest at most {@value #MAX_DEPTH} levels. The number of positions is bounded only by these
 * per-position caps and the depth, not by a per-schema total.
 */
public final class InferenceRules {

    /** Containers nested deeper than this are counted but their content is not inferred (as AWS). */
    public static final int MAX_DEPTH = 255;
    /**
     * Nesting levels of the rendered document when the caller names no limit: the registry's default
     * content limit. Nested arrays and unions nest the document deeper than the events, so positions
     * that would pass it are written as {@code {}}.
     */
    public static final int MAX_DOCUMENT_DEPTH = 255;
    /** Distinct keys an object position tracks before it becomes a map. */
    public static final int MAX_PROPERTIES = 128;
    public static final int ENUM_MIN_OBSERVATIONS = 10;
    public static final int ENUM_MAX_VALUES = 16;
    public static final int SPARSE_MAP_MIN_KEYS = 16;

    private InferenceRules() {
    }

    /** The enumeration rule; {@code true} means emit {@code enum}. */
    static boolean isEnum(ShapeNode node) {
        StringValues values = node.values;
        if (node.strings < ENUM_MIN_OBSERVATIONS || values == null || values.saturated()) {
            return false;
        }
        int distinct = values.size();
        if (distinct < 2 || distinct > ENUM_MAX_VALUES || (long) distinct * distinct > node.strings) {
            return false;
        }
        if (node.formats != 0) {
            return false;
        }
        int withDigit = 0;
        for (String v : values.sorted()) {
            if (v.isEmpty() || !hasLetter(v) || looksNumeric(v) || isHashLike(v)) {
                return false;
            }
            if (hasDigit(v)) {
                withDigit++;
            }
        }
        return !(distinct >= 3 && withDigit * 2 > distinct);
    }

    /** The map rule; {@code true} means emit {@code additionalProperties} instead of {@code properties}. */
    static boolean isMap(ShapeNode node) {
        if (node.inMapMode()) {
            return true;
        }
        Map<String, ShapeNode> props = node.properties;
        if (props == null || props.isEmpty()) {
            return false;
        }
        boolean allDataKeys = true;
        for (String key : props.keySet()) {
            if (!isDataKey(key)) {
                allDataKeys = false;
                break;
            }
        }
        if (allDataKeys) {
            return true;
        }
        if (props.size() < SPARSE_MAP_MIN_KEYS) {
            return false;
        }
        int kinds = -1;
        for (ShapeNode child : props.values()) {
            if (child.count() * 2 > node.objects) {
                return false;
            }
            int k = nonNullKinds(child);
            if (kinds != -1 && k != kinds) {
                return false;
            }
            kinds = k;
        }
        return true;
    }

    /** Keys that are data: integers, UUIDs, hex digests, dates and timestamps. */
    static boolean isDataKey(String key) {
        int len = key.length();
        if (len == 0) {
            return false;
        }
        if (isInteger(key)) {
            return true;
        }
        char[] chars = key.toCharArray();
        if (StringFormats.isUuid(chars, 0, len) || StringFormats.isDateTime(chars, 0, len)
                || (len == 10 && StringFormats.isDate(chars, 0))) {
            return true;
        }
        return len >= 8 && allHex(key) && hasDigit(key);
    }

    private static int nonNullKinds(ShapeNode n) {
        return (n.booleans > 0 ? 1 : 0) | (n.integers + n.numbers > 0 ? 2 : 0) | (n.strings > 0 ? 4 : 0)
                | (n.objects > 0 ? 8 : 0) | (n.arrays > 0 ? 16 : 0);
    }

    private static boolean isInteger(String s) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (!StringFormats.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksNumeric(String s) {
        try {
            Double.parseDouble(s);
            return s.chars().allMatch(c -> StringFormats.isDigit((char) c) || c == '.' || c == '-' || c == '+'
                    || c == 'e' || c == 'E');
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isHashLike(String s) {
        return s.length() >= 16 && allHex(s);
    }

    private static boolean allHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!StringFormats.isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (StringFormats.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The values an enumeration is emitted with, ascending. */
    static List<String> enumValues(ShapeNode node) {
        return node.values.sorted();
    }
}
