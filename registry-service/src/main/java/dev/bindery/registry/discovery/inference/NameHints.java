package dev.bindery.registry.discovery.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a property's name says about its values, for the rules in {@link InferenceRules}. A name is split into
 * lower-case words at case changes, digits-to-letters boundaries and any character that is not a letter or digit
 * ({@code userName}, {@code user_name}, {@code User-Name} → {@code user name}; {@code EventID} → {@code event id});
 * only the last word and the one before it are looked at, so a hint never depends on a whole name being listed.
 */
final class NameHints {

    /**
     * Last words (singular) of properties that hold names or prose: open populations whatever the sample size. A
     * new user, product or tag is data, and an enumeration would make it a breaking change.
     */
    private static final Set<String> FREE_FORM_WORDS = Set.of(
            "name", "title", "description", "message", "comment", "note", "tag", "label", "annotation", "keyword");
    /**
     * Qualifiers that make {@code …Name} the name of a kind of thing a program defines ({@code eventName},
     * {@code operationName}, {@code typeName}): a vocabulary member, which can be a closed set.
     */
    private static final Set<String> KIND_WORDS = Set.of(
            "event",
            "operation",
            "action",
            "method",
            "type",
            "kind",
            "state",
            "status",
            "category",
            "class",
            "command",
            "field",
            "metric");
    /**
     * Last words of properties that hold identifiers, references or secrets ({@code eventId}, {@code window-id},
     * {@code EC2InstanceID}, {@code roleArn}, {@code accessKey}, {@code nextToken}): one value per thing, an open
     * population however few were seen.
     */
    private static final Set<String> IDENTIFIER_WORDS =
            Set.of("id", "ids", "arn", "arns", "key", "keys", "token", "tokens", "uuid", "uuids", "guid", "guids");
    /**
     * Envelope properties whose meaning EventBridge defines, read under the name that says it: {@code resources}
     * holds the ARNs of the resources an event concerns, whatever the values look like (published samples put
     * placeholders such as {@code instance-arn} there).
     */
    private static final Map<String, String> ENVELOPE_HINTS = Map.of("resources", "resourceArns");
    /** Last words of objects that by convention hold user-defined key/value pairs (AWS tags, Kubernetes labels). */
    private static final Set<String> DICTIONARY_WORDS = Set.of("tags", "labels", "annotations");

    private NameHints() {}

    /**
     * Names and prose ({@code name}, {@code userName}, {@code title}, {@code tags} items, …), or an actor
     * ({@code invokedBy}, {@code createdBy}: a past participle and {@code By}): never an enumeration.
     * {@code null} (the root, an unnamed position) has no hint.
     */
    static boolean isFreeForm(String field) {
        List<String> words = words(field);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        String before = words.size() > 1 ? words.get(words.size() - 2) : "";
        if (last.equals("by")) {
            return before.length() > 2 && before.endsWith("ed");
        }
        String singular = singular(last);
        if (!FREE_FORM_WORDS.contains(singular)) {
            return false;
        }
        return !(singular.equals("name") && KIND_WORDS.contains(before));
    }

    /** The last word names an identifier, a reference or a secret: {@code …Id}, {@code …-id}, {@code …ID}, {@code …Arn}, {@code …Key}, {@code …Token}. */
    static boolean isIdentifier(String field) {
        List<String> words = words(field);
        return !words.isEmpty() && IDENTIFIER_WORDS.contains(words.get(words.size() - 1));
    }

    /** The last word is {@code tags}, {@code labels} or {@code annotations} ({@code Tags}, {@code resourceTags}). */
    static boolean isDictionary(String field) {
        List<String> words = words(field);
        return !words.isEmpty() && DICTIONARY_WORDS.contains(words.get(words.size() - 1));
    }

    /** The name the rules read for a property of the EventBridge envelope (the property's own, unless defined). */
    static String envelopeHint(String key) {
        return ENVELOPE_HINTS.getOrDefault(key, key);
    }

    /** The lower-case words of a property name; empty for {@code null}. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            if (!Character.isLetterOrDigit(c)) {
                if (start >= 0) {
                    words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
                continue;
            }
            if (start >= 0 && startsWord(name, i)) {
                words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            } else if (start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** {@code aB} and the {@code B} of {@code ABc} start a word, as does a letter after a digit. */
    private static boolean startsWord(String s, int i) {
        char prev = s.charAt(i - 1);
        char c = s.charAt(i);
        if (Character.isUpperCase(c)) {
            return Character.isLowerCase(prev)
                    || Character.isDigit(prev)
                    || (Character.isUpperCase(prev) && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)));
        }
        return Character.isLetter(c) && Character.isDigit(prev);
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word;
    }
}
