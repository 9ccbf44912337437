package dev.bindery.registry.discovery.inference;

import java.util.Objects;

/**
 * EventBridge-compatible names: the discovered schema name {@code source@DetailType} and the detail component name
 * (which is also the document's {@code info.title}).
 *
 * <p>Sanitising rules (AWS evidence: {@code "Review Created"} → {@code mystore@ReviewCreated},
 * {@code "ACM Certificate Revoked by Certificate Authority (CA)"} →
 * {@code aws.acm@ACMCertificateRevokedbyCertificateAuthorityCA}, {@code "Region Opt-In Status Change"} →
 * {@code aws.account@RegionOpt-InStatusChange}):
 * <ul>
 *   <li>schema name: in both source and detail type, {@code /} becomes {@code -}; ASCII letters, digits,
 *       {@code .}, {@code -} and {@code _} are kept; every other character (spaces, punctuation, non-ASCII) is
 *       dropped; letter case is kept. The two parts are joined with {@code @}.</li>
 *   <li>detail component name: the detail type split into words at every character that is not an ASCII letter
 *       or digit, each word's first letter upper-cased (the rest kept), words concatenated.</li>
 * </ul>
 */
public final class SchemaNames {

    /** Schema names longer than this are rejected by the Schemas API. */
    public static final int MAX_SCHEMA_NAME_LENGTH = 385;

    private SchemaNames() {}

    /**
     * Returns {@code sanitise(source) + "@" + sanitise(detailType)}.
     *
     * @throws IllegalArgumentException if either part is empty after sanitising, or the name is too long
     */
    public static String schemaName(String source, String detailType) {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(detailType, "detailType == null");
        String s = sanitise(source);
        String d = sanitise(detailType);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("source has no name characters: \"" + source + "\"");
        }
        if (d.isEmpty()) {
            throw new IllegalArgumentException("detail-type has no name characters: \"" + detailType + "\"");
        }
        String name = s + "@" + d;
        if (name.length() > MAX_SCHEMA_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "schema name longer than " + MAX_SCHEMA_NAME_LENGTH + " characters: " + name.length());
        }
        return name;
    }

    /**
     * The {@code n}th name for kinds whose {@link #schemaName} is {@code base}: {@code base} itself for
     * 1, else {@code base + "-" + n}, the base cut short so the name stays within
     * {@link #MAX_SCHEMA_NAME_LENGTH}. Discovery gives a later detail-type whose name is taken by
     * another the smallest free one (ADR 0014).
     */
    public static String suffixed(String base, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("not a suffix number: " + n);
        }
        if (n == 1) {
            return base;
        }
        String suffix = "-" + n;
        return base.substring(0, Math.min(base.length(), MAX_SCHEMA_NAME_LENGTH - suffix.length())) + suffix;
    }

    /**
     * The detail component name for a detail type, e.g. {@code "EC2 Instance State-change Notification"} →
     * {@code EC2InstanceStateChangeNotification}; {@code "Event"} if nothing is left.
     */
    public static String detailComponentName(String detailType) {
        Objects.requireNonNull(detailType, "detailType == null");
        String name = pascalCase(detailType);
        return name.isEmpty() ? "Event" : name;
    }

    static String sanitise(String part) {
        StringBuilder out = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (isAsciiLetterOrDigit(c) || c == '.' || c == '-' || c == '_') {
                out.append(c);
            } else if (c == '/') {
                out.append('-');
            }
        }
        return out.toString();
    }

    /** Splits at non-alphanumerics, upper-cases each word's first letter, concatenates. */
    static String pascalCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                out.append(wordStart ? Character.toUpperCase(c) : c);
                wordStart = false;
            } else {
                wordStart = true;
            }
        }
        return out.toString();
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
