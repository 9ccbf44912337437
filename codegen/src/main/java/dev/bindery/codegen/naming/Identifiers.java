package dev.bindery.codegen.naming;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns arbitrary JSON names into readable Java identifiers: words are split on anything that is not
 * a letter or digit and on camel-case humps, then joined in camel or Pascal case. Keywords and names
 * that would shadow {@code java.lang} or members of {@code Object} are escaped by a suffix.
 */
public final class Identifiers {
    /** Simple names of {@code java.lang} types and of types generated code imports: never used for a class. */
    private static final Set<String> RESERVED_CLASS_NAMES = Set.of(
            // public types of java.lang (Java 8 to 25), fixed here so that output does not depend on the JDK
            "AbstractMethodError",
            "Appendable",
            "ArithmeticException",
            "ArrayIndexOutOfBoundsException",
            "ArrayStoreException",
            "AssertionError",
            "AutoCloseable",
            "Boolean",
            "BootstrapMethodError",
            "Byte",
            "CharSequence",
            "Character",
            "Class",
            "ClassCastException",
            "ClassCircularityError",
            "ClassFormatError",
            "ClassLoader",
            "ClassNotFoundException",
            "ClassValue",
            "CloneNotSupportedException",
            "Cloneable",
            "Comparable",
            "Compiler",
            "Deprecated",
            "Double",
            "Enum",
            "EnumConstantNotPresentException",
            "Error",
            "Exception",
            "ExceptionInInitializerError",
            "Float",
            "FunctionalInterface",
            "IO",
            "IllegalAccessError",
            "IllegalAccessException",
            "IllegalArgumentException",
            "IllegalCallerException",
            "IllegalMonitorStateException",
            "IllegalStateException",
            "IllegalThreadStateException",
            "IncompatibleClassChangeError",
            "IndexOutOfBoundsException",
            "InheritableThreadLocal",
            "InstantiationError",
            "InstantiationException",
            "Integer",
            "InternalError",
            "InterruptedException",
            "Iterable",
            "LayerInstantiationException",
            "LinkageError",
            "Long",
            "MatchException",
            "Math",
            "Module",
            "ModuleLayer",
            "NegativeArraySizeException",
            "NoClassDefFoundError",
            "NoSuchFieldError",
            "NoSuchFieldException",
            "NoSuchMethodError",
            "NoSuchMethodException",
            "NullPointerException",
            "Number",
            "NumberFormatException",
            "Object",
            "OutOfMemoryError",
            "Override",
            "Package",
            "Process",
            "ProcessBuilder",
            "ProcessHandle",
            "Readable",
            "Record",
            "ReflectiveOperationException",
            "Runnable",
            "Runtime",
            "RuntimeException",
            "RuntimePermission",
            "SafeVarargs",
            "ScopedValue",
            "SecurityException",
            "SecurityManager",
            "Short",
            "StableValue",
            "StackOverflowError",
            "StackTraceElement",
            "StackWalker",
            "StrictMath",
            "String",
            "StringBuffer",
            "StringBuilder",
            "StringIndexOutOfBoundsException",
            "StringTemplate",
            "SuppressWarnings",
            "System",
            "Thread",
            "ThreadDeath",
            "ThreadGroup",
            "ThreadLocal",
            "Throwable",
            "TypeNotPresentException",
            "UnknownError",
            "UnsatisfiedLinkError",
            "UnsupportedClassVersionError",
            "UnsupportedOperationException",
            "VerifyError",
            "VirtualMachineError",
            "Void",
            "WrongThreadException",
            // types that generated code imports
            "List",
            "Map",
            "LinkedHashMap",
            "ArrayList",
            "Collections",
            "Objects",
            "Optional",
            "UUID",
            "URI",
            "BigDecimal",
            "BigInteger",
            "OffsetDateTime",
            "OffsetTime",
            "LocalDate",
            "Generated",
            "JsonNode",
            "ObjectMapper",
            "IOException",
            "InputStream",
            "OutputStream",
            "Marshaller",
            "AWSEvent",
            "EventEnvelope",
            "JsonProperty",
            "JsonCreator",
            "JsonValue",
            "JsonInclude",
            "JsonAnyGetter",
            "JsonAnySetter",
            "JsonIgnore",
            "JsonAutoDetect",
            "JsonTypeInfo",
            "JsonSubTypes",
            "JsonPropertyOrder",
            "JsonFormat",
            "JavaType",
            "DeserializationFeature",
            "SerializationFeature",
            "JavaTimeModule",
            "Jdk8Module");
    /** Method names of {@code Object} and of generated classes: never used for a member. */
    private static final Set<String> RESERVED_MEMBER_NAMES = Set.of(
            "hashCode",
            "equals",
            "toString",
            "getClass",
            "wait",
            "notify",
            "notifyAll",
            "clone",
            "finalize",
            "additionalProperties",
            "value",
            "of",
            "isKnown",
            "knownValues");

    private Identifiers() {}

    /** Words of {@code name}: runs of letters and digits, split at lower-to-upper humps. */
    public static List<String> words(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int prev = 0;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) && Character.isJavaIdentifierPart(cp)) {
                boolean hump = Character.isUpperCase(cp) && (Character.isLowerCase(prev) || Character.isDigit(prev));
                boolean acronymEnd = false;
                if (Character.isUpperCase(cp) && Character.isUpperCase(prev) && i < normalized.length()) {
                    int next = normalized.codePointAt(i);
                    acronymEnd = Character.isLowerCase(next);
                }
                if ((hump || acronymEnd) && word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            prev = cp;
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** A camelCase member name for {@code name}; {@code fallback} when it has no letters or digits. */
    public static String memberName(String name, String fallback) {
        if (SourceVersion.isIdentifier(name)
                && Character.isLowerCase(name.codePointAt(0))
                && !name.contains("_")
                && !name.contains("$")) {
            return escapeMember(name);
        }
        List<String> words = words(name);
        if (words.isEmpty()) {
            words = List.of(fallback);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i == 0) {
                b.append(isAllUpper(w) && w.length() > 1 ? w.toLowerCase(Locale.ROOT) : decapitalize(w));
            } else {
                b.append(capitalize(isAllUpper(w) && w.length() > 1 ? w.toLowerCase(Locale.ROOT) : w));
            }
        }
        return escapeMember(leadingDigit(b.toString()));
    }

    /** A PascalCase class name for {@code name}; {@code fallback} when it has no letters or digits. */
    public static String className(String name, String fallback) {
        if (SourceVersion.isIdentifier(name)
                && Character.isUpperCase(name.codePointAt(0))
                && !name.contains("_")
                && !name.contains("$")) {
            return escapeClass(name);
        }
        List<String> words = words(name);
        if (words.isEmpty()) {
            words = words(fallback);
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(capitalize(isAllUpper(w) && w.length() > 2 ? w.toLowerCase(Locale.ROOT) : w));
        }
        String result = leadingDigit(b.toString());
        if (result.startsWith("_")) {
            result = "T" + result.substring(1);
        }
        return escapeClass(result);
    }

    private static String escapeClass(String name) {
        if (RESERVED_CLASS_NAMES.contains(name) || SourceVersion.isKeyword(name) || name.equals("_")) {
            return name + "Type";
        }
        return name;
    }

    /**
     * The class name AWS's code bindings give a component: characters not allowed in a Java identifier
     * become {@code _} ({@code Some Awesome Schema} → {@code Some_Awesome_Schema}); {@code java.lang}
     * names are still escaped.
     */
    public static String awsClassName(String componentName) {
        StringBuilder b = new StringBuilder();
        componentName
                .codePoints()
                .forEach(cp -> b.appendCodePoint(Character.isJavaIdentifierPart(cp) && cp != '$' ? cp : '_'));
        String s = b.length() == 0 ? "Type" : capitalize(b.toString());
        if (!Character.isJavaIdentifierStart(s.codePointAt(0))) {
            s = "_" + s;
        }
        return escapeClass(s);
    }

    /** A SCREAMING_SNAKE constant name for an enum value. */
    public static String constantName(String value) {
        List<String> words = words(value);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        String joined = String.join("_", words).toUpperCase(Locale.ROOT);
        if (Character.isDigit(joined.codePointAt(0))) {
            joined = "V" + joined;
        }
        return joined;
    }

    /** A lower-case package segment: letters and digits and underscores only. */
    public static String packageSegment(String name) {
        StringBuilder b = new StringBuilder();
        name.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_')) {
                b.appendCodePoint(cp);
            } else {
                b.append('_');
            }
        });
        String s = b.length() == 0 ? "schema" : b.toString();
        if (Character.isDigit(s.charAt(0))) {
            s = "_" + s;
        }
        return SourceVersion.isKeyword(s) ? s + "_" : s;
    }

    /** {@code name} with its first letter upper case. */
    public static String capitalize(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(name.substring(Character.charCount(first)))
                .toString();
    }

    private static String decapitalize(String name) {
        int first = name.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toLowerCase(first))
                .append(name.substring(Character.charCount(first)))
                .toString();
    }

    private static boolean isAllUpper(String w) {
        return w.codePoints().noneMatch(Character::isLowerCase);
    }

    private static String leadingDigit(String name) {
        return !name.isEmpty() && Character.isDigit(name.codePointAt(0)) ? "_" + name : name;
    }

    private static String escapeMember(String name) {
        if (SourceVersion.isKeyword(name) || name.equals("_")) {
            return name + "_";
        }
        if (RESERVED_MEMBER_NAMES.contains(name)) {
            return name + "Value";
        }
        return name;
    }
}
