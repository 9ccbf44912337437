package dev.bindery.registry.discovery.inference;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions taken when a shape is rendered, and the bounds that keep a shape's memory finite. All decisions
 * are functions of the merged statistics and of the position's property name only, so they inherit the merge's
 * order independence. Name hints ({@link NameHints}) look at the last word of the property name (for array items
 * and map values, the array's or map's name), split at case changes and punctuation: {@code userName},
 * {@code user_name} and {@code User-Name} all end in {@code name}.
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
 *   <li>no value is shaped as an identifier ({@link #isIdentifierValue}: an ARN, a prefixed id such as
 *       {@code i-1234567890abcdef0}, a number of {@value #SERIAL_MIN_DIGITS}+ digits standing as a word, an opaque
 *       token), as a
 *       measurement ({@code 0.0%}, {@code 1.5 GB}) or as a collection written out as text ({@code [C.pdf, dir3]}),
 *       and the property name does not say identifier (its last word
 *       is {@code id}, {@code arn}, {@code key}, {@code token}, {@code uuid} or {@code guid}, singular or plural:
 *       {@code eventId}, {@code window-id}, {@code EC2InstanceID}); however few values were seen, one value per
 *       thing is an open population. The envelope's {@code resources} are read as {@code resourceArns}: EventBridge
 *       defines them as the ARNs of the resources an event concerns ({@link NameHints#envelopeHint});</li>
 *   <li>the values are not identifier-like ({@link #isIdentifierLike}): not three or more values, more than half
 *       of them containing a digit, where the digits are what tells them apart. To see that, each value's
 *       letter-and-digit words that contain a digit are masked ({@code ord-1001 → ord-#},
 *       {@code us-east-1 → us-east-#}): if the values with digits then collapse to at most half as many distinct
 *       skeletons ({@code S1…S99 → #}, {@code ord-1001…ord-1005 → ord-#}, {@code v1/v2/v3 → #}), or one of
 *       them holds a run of more than {@value #CODE_MAX_DIGITS} digits (an account number, a date, a serial:
 *       {@code RDS-EVENT-0040}, ARNs), they are identifiers. Codes whose words differ and whose numbers are
 *       small ordinals — regions {@code us-east-1, eu-west-1, ap-southeast-2} — are kept; a set in which most
 *       values differ only in their number ({@code us-east-1, us-east-2, eu-west-1, eu-west-2}: two skeletons for
 *       four values) reads as numbered instances and is not. Statistics cannot do
 *       better: {@code S1…S9} seen a thousand times each repeat as heavily as regions do. No value may be a run
 *       of 16 or more hex digits (hashes);</li>
 *   <li>the property name does not denote names or prose (an open population, however few values a sample
 *       holds: a new user, product or tag must not be a breaking change): its last word (singular) is not
 *       {@code name}, {@code title}, {@code description}, {@code message}, {@code comment}, {@code note},
 *       {@code tag}, {@code label}, {@code annotation} or {@code keyword} ({@code userName},
 *       {@code productName}, {@code tags} items), except a {@code name} qualified by a word for a kind of
 *       thing a program defines — {@code event}, {@code operation}, {@code action}, {@code method},
 *       {@code type}, {@code kind}, {@code state}, {@code status}, {@code category}, {@code class},
 *       {@code command}, {@code field}, {@code metric} ({@code eventName} names an API operation: a
 *       vocabulary); and it does not name an actor, a past participle followed by {@code By}
 *       ({@code invokedBy}, {@code createdBy}; not {@code sortBy}).</li>
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
 *       space is a dictionary, not a record;</li>
 *   <li>it is the value of a property (not an array's items: a tag list's entries {@code {"key": …, "value": …}}
 *       are records) whose last word is {@code tags}, {@code labels} or {@code annotations}
 *       ({@code Tags}, {@code resourceLabels}) and every value under every key was a string (or null): by
 *       convention those hold user-defined key/value pairs (AWS resource tags, Kubernetes labels), so their keys
 *       are data even when they read as words ({@code CostCenter}). Their values are never an enumeration either
 *       (the name rule of the enumeration rule covers {@code tag}, {@code label} and {@code annotation}).
 *       Objects named otherwise, or holding anything but strings, keep the other rules.</li>
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
    /** Longest run of digits a code may contain ({@code us-east-1}, {@code TLSv1.2}) for the identifier rule. */
    public static final int CODE_MAX_DIGITS = 2;
    /** Digits of a number that, standing as a word of its own, makes a value a serial: an identifier. */
    public static final int SERIAL_MIN_DIGITS = 4;

    private InferenceRules() {}

    /**
     * The enumeration rule; {@code true} means emit {@code enum}.
     *
     * @param field the name of the property the position belongs to (for array items and map values, the array's
     *              or map's name); {@code null} for the root
     */
    static boolean isEnum(ShapeNode node, String field) {
        StringValues values = node.values;
        if (node.strings < ENUM_MIN_OBSERVATIONS || values == null || values.saturated()) {
            return false;
        }
        int distinct = values.size();
        if (distinct < 2 || distinct > ENUM_MAX_VALUES || (long) distinct * distinct > node.strings) {
            return false;
        }
        if (node.formats != 0 || NameHints.isFreeForm(field) || NameHints.isIdentifier(field)) {
            return false;
        }
        List<String> sorted = values.sorted();
        for (String v : sorted) {
            if (v.isEmpty()
                    || !hasLetter(v)
                    || looksNumeric(v)
                    || isHashLike(v)
                    || isIdentifierValue(v)
                    || isMeasurement(v)
                    || isSerializedCollection(v)) {
                return false;
            }
        }
        return !isIdentifierLike(sorted);
    }

    /**
     * A value shaped as one thing's identifier rather than a member of a vocabulary, whatever else was seen: an
     * ARN; a prefixed id, a short lower-case prefix, a hyphen and one run of 8 or more letters and digits with a
     * digit or a capital in it ({@code i-1234567890abcdef0}, {@code subnet-0ab12cd3}, {@code ig-ABCDEFGHIJKL});
     * a serial number ({@link #hasSerialNumber}: {@code DMS-EVENT-0066}, {@code Sat, 04 Jun 2016 05:01:10 GMT}); or an
     * opaque token, at least 16 characters without spaces holding
     * letters, digits and a run of 12 or more of them ({@code AKIAIOSFODNN7EXAMPLE}, a base64 version id).
     * Vocabulary codes are words with small numbers: {@code us-east-1}, {@code TLSv1.2}, {@code t3.2xlarge}.
     */
    static boolean isIdentifierValue(String v) {
        if (v.startsWith("arn:") || isPrefixedId(v)) {
            return true;
        }
        int alnumRun = 0;
        int longestAlnumRun = 0;
        boolean space = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            alnumRun = Character.isLetterOrDigit(c) ? alnumRun + 1 : 0;
            longestAlnumRun = Math.max(longestAlnumRun, alnumRun);
            space |= Character.isWhitespace(c);
        }
        if (!space && v.length() >= 16 && longestAlnumRun >= 12 && hasDigit(v) && hasLetter(v)) {
            return true;
        }
        return hasSerialNumber(v);
    }

    /**
     * A number of {@value #SERIAL_MIN_DIGITS} or more digits standing as a word of its own ({@code DMS-EVENT-0066},
     * the year of {@code Sat, 04 Jun 2016 05:01:10 GMT}); digits inside a word name a variant ({@code AES256},
     * {@code ISO8601}) and shorter numbers are ordinals ({@code TLS_AES_128_GCM_SHA256}).
     */
    private static boolean hasSerialNumber(String v) {
        int i = 0;
        while (i < v.length()) {
            if (!Character.isLetterOrDigit(v.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean allDigits = true;
            while (end < v.length() && Character.isLetterOrDigit(v.charAt(end))) {
                allDigits &= StringFormats.isDigit(v.charAt(end));
                end++;
            }
            if (allDigits && end - i >= SERIAL_MIN_DIGITS) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static boolean isPrefixedId(String v) {
        int hyphen = v.indexOf('-');
        if (hyphen < 1 || hyphen > 10 || v.length() - hyphen - 1 < 8 || !Character.isLowerCase(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < hyphen; i++) {
            char c = v.charAt(i);
            if (!Character.isLowerCase(c) && !StringFormats.isDigit(c)) {
                return false;
            }
        }
        boolean distinctive = false;
        for (int i = hyphen + 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            distinctive |= StringFormats.isDigit(c) || Character.isUpperCase(c);
        }
        return distinctive;
    }

    /**
     * A list or an object written out as text ({@code [C.pdf, dir3]}, {@code {"a":1}}): a value made of other
     * values, which are data; a member of a vocabulary is an atom.
     */
    static boolean isSerializedCollection(String v) {
        return v.length() >= 2
                && (v.charAt(0) == '[' && v.charAt(v.length() - 1) == ']'
                        || v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}');
    }

    /**
     * A quantity with its unit: a number directly followed by {@code %}, or a decimal number followed by a unit
     * ({@code 0.0%  0.00MB}, {@code 1.5 GB}). A count of anything is data, not a code.
     */
    static boolean isMeasurement(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (!StringFormats.isDigit(v.charAt(i)) || i > 0 && Character.isLetterOrDigit(v.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < v.length() && StringFormats.isDigit(v.charAt(end))) {
                end++;
            }
            boolean decimal = false;
            if (end + 1 < v.length() && v.charAt(end) == '.' && StringFormats.isDigit(v.charAt(end + 1))) {
                decimal = true;
                end++;
                while (end < v.length() && StringFormats.isDigit(v.charAt(end))) {
                    end++;
                }
            }
            while (end < v.length() && v.charAt(end) == ' ') {
                end++;
            }
            if (end < v.length() && (v.charAt(end) == '%' || decimal && Character.isLetter(v.charAt(end)))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /**
     * Three or more values, more than half of them with a digit, and the digits are what tells those apart: with
     * every letter-and-digit word that contains a digit masked, they have at most half as many distinct skeletons
     * as there are values with digits ({@code S1…S99}, {@code ord-1001}, {@code v1/v2/v3} all collapse to one), or
     * one of them has a run of more than {@value #CODE_MAX_DIGITS} digits (an embedded account number, date or
     * serial).
     */
    static boolean isIdentifierLike(List<String> values) {
        List<String> withDigit =
                values.stream().filter(InferenceRules::hasDigit).toList();
        if (values.size() < 3 || withDigit.size() * 2 <= values.size()) {
            return false;
        }
        Set<String> skeletons = new HashSet<>();
        for (String v : withDigit) {
            String skeleton = codeSkeleton(v);
            if (skeleton == null) {
                return true;
            }
            skeletons.add(skeleton);
        }
        return skeletons.size() * 2 <= withDigit.size();
    }

    /**
     * {@code v} with each maximal run of letters and digits that contains a digit replaced by {@code #}
     * ({@code us-east-1 → us-east-#}, {@code TLS1_2 → #_#}); {@code null} when a run of digits is longer than
     * {@value #CODE_MAX_DIGITS}.
     */
    static String codeSkeleton(String v) {
        StringBuilder out = new StringBuilder(v.length());
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean digit = false;
            int digitRun = 0;
            while (end < v.length() && Character.isLetterOrDigit(v.charAt(end))) {
                if (StringFormats.isDigit(v.charAt(end))) {
                    digit = true;
                    if (++digitRun > CODE_MAX_DIGITS) {
                        return null;
                    }
                } else {
                    digitRun = 0;
                }
                end++;
            }
            out.append(digit ? "#" : v.substring(i, end));
            i = end;
        }
        return out.toString();
    }

    /**
     * The map rule; {@code true} means emit {@code additionalProperties} instead of {@code properties}.
     *
     * @param field   as for {@link #isEnum}
     * @param element whether the position is an array's items: the name rule is about the named object itself, so
     *                the entries of a tag list ({@code tags: [{"key": …, "value": …}]}) stay records
     */
    static boolean isMap(ShapeNode node, String field, boolean element) {
        if (node.inMapMode()) {
            return true;
        }
        Map<String, ShapeNode> props = node.properties;
        if (props == null || props.isEmpty()) {
            return false;
        }
        if (!element && NameHints.isDictionary(field) && allStrings(props.values())) {
            return true;
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
        if (StringFormats.isUuid(chars, 0, len)
                || StringFormats.isDateTime(chars, 0, len)
                || (len == 10 && StringFormats.isDate(chars, 0))) {
            return true;
        }
        return len >= 8 && allHex(key) && hasDigit(key);
    }

    /** Every value seen under every key was a string or null. */
    private static boolean allStrings(Iterable<ShapeNode> children) {
        for (ShapeNode child : children) {
            if ((nonNullKinds(child) & ~4) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int nonNullKinds(ShapeNode n) {
        return (n.booleans > 0 ? 1 : 0)
                | (n.integers + n.numbers > 0 ? 2 : 0)
                | (n.strings > 0 ? 4 : 0)
                | (n.objects > 0 ? 8 : 0)
                | (n.arrays > 0 ? 16 : 0);
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
            return s.chars()
                    .allMatch(c -> StringFormats.isDigit((char) c)
                            || c == '.'
                            || c == '-'
                            || c == '+'
                            || c == 'e'
                            || c == 'E');
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
