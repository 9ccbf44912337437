package dev.bindery.registry.security.sigv4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical request of Signature Version 4 for non-S3 services, rebuilt from a request as it
 * arrived. The rules are those botocore and the AWS SDK for Java v2 sign with:
 * <ul>
 *   <li>URI: the raw path with dot segments and empty segments removed (a trailing {@code /} kept),
 *       then percent-encoded once more, so {@code %40} on the wire is {@code %2540} here; an empty
 *       path is {@code /}.</li>
 *   <li>Query: each name and value decoded ({@code +} as a space) and RFC 3986-encoded, sorted by
 *       name and then value, {@code name=value} joined by {@code &}; a parameter without {@code =}
 *       has an empty value, a parameter with an empty name is not signed (as the SDK does).</li>
 *   <li>Headers: the signed ones in the order {@code SignedHeaders} lists them, each value trimmed
 *       with inner runs of white space collapsed to one space, several values joined by {@code ,}.</li>
 * </ul>
 */
final class CanonicalRequest {

    private CanonicalRequest() {}

    /** The canonical request of {@code request} over {@code signedHeaders}, signing {@code payloadHash}. */
    static String of(SignedRequest request, List<String> signedHeaders, String payloadHash) {
        StringBuilder out = new StringBuilder(256 + request.rawPath().length() * 2);
        out.append(request.method()).append('\n');
        appendUri(request.rawPath(), out);
        out.append('\n');
        appendQuery(request.rawQuery(), out);
        out.append('\n');
        for (String name : signedHeaders) {
            out.append(name).append(':');
            appendHeaderValues(request.headerValues(name), out);
            out.append('\n');
        }
        out.append('\n');
        for (int i = 0; i < signedHeaders.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(signedHeaders.get(i));
        }
        out.append('\n').append(payloadHash);
        return out.toString();
    }

    static void appendUri(String rawPath, StringBuilder out) {
        if (rawPath.isEmpty()) {
            out.append('/');
            return;
        }
        String path = isNormal(rawPath) ? rawPath : removeDotSegments(rawPath);
        if (path.isEmpty()) {
            out.append('/');
            return;
        }
        UriEncoding.encode(path, true, out);
    }

    static void appendQuery(String rawQuery, StringBuilder out) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>();
        StringBuilder scratch = new StringBuilder(rawQuery.length() + 16);
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (end > start) {
                int equals = rawQuery.indexOf('=', start);
                boolean hasValue = equals >= 0 && equals < end;
                String name = canonical(rawQuery.substring(start, hasValue ? equals : end), scratch);
                if (!name.isEmpty()) {
                    String value = hasValue ? canonical(rawQuery.substring(equals + 1, end), scratch) : "";
                    parameters.add(new Parameter(name, value));
                }
            }
            start = end + 1;
        }
        Parameter[] sorted = parameters.toArray(new Parameter[0]);
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0) {
                out.append('&');
            }
            out.append(sorted[i].name()).append('=').append(sorted[i].value());
        }
    }

    /** Appends the values of one header: each trimmed, inner white space collapsed, joined by {@code ,}. */
    static void appendHeaderValues(List<String> values, StringBuilder out) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendTrimmed(values.get(i), out);
        }
    }

    private static void appendTrimmed(String value, StringBuilder out) {
        boolean pendingSpace = false;
        boolean started = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isWhiteSpace(c)) {
                pendingSpace = started;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                started = true;
            }
        }
    }

    private static boolean isWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f';
    }

    private static String canonical(String component, StringBuilder scratch) {
        scratch.setLength(0);
        UriEncoding.reencode(component, scratch);
        return scratch.length() == component.length() && component.contentEquals(scratch)
                ? component
                : scratch.toString();
    }

    /** Whether {@code path} starts with {@code /} and has no empty, {@code .} or {@code ..} segment but a last empty one. */
    private static boolean isNormal(String path) {
        if (path.charAt(0) != '/') {
            return false;
        }
        int start = 1;
        while (start < path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if (length == 0
                    || length == 1 && path.charAt(start) == '.'
                    || length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /**
     * RFC 3986 section 5.2.4 on the segments of {@code path}, dropping empty segments too, as AWS
     * services require; a {@code ..} above the root is dropped. The leading {@code /} is kept, and a
     * trailing one if the path ends with {@code /} and some segment is left.
     */
    static String removeDotSegments(String path) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            String segment = path.substring(start, end);
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
            start = end + 1;
        }
        StringBuilder normal = new StringBuilder(path.length());
        if (path.charAt(0) == '/') {
            normal.append('/');
        }
        normal.append(String.join("/", segments));
        if (path.charAt(path.length() - 1) == '/' && !segments.isEmpty()) {
            normal.append('/');
        }
        return normal.toString();
    }

    /** One query parameter, canonically encoded, ordered by name and then value. */
    private record Parameter(String name, String value) implements Comparable<Parameter> {

        @Override
        public int compareTo(Parameter other) {
            int byName = name.compareTo(other.name);
            return byName != 0 ? byName : value.compareTo(other.value);
        }
    }
}
