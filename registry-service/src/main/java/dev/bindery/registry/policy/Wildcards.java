package dev.bindery.registry.policy;

/**
 * IAM-style wildcard matching: {@code *} matches any run of characters (also none), {@code ?}
 * exactly one; everything else is literal. Linear in the input, with no regular expressions, so a
 * pattern from a policy cannot make matching slow.
 */
public final class Wildcards {

    private Wildcards() {}

    /** Whether {@code text} matches {@code pattern}, ignoring case if {@code ignoreCase}. */
    public static boolean matches(String pattern, String text, boolean ignoreCase) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (p < pattern.length()
                    && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean same(char a, char b, boolean ignoreCase) {
        return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
