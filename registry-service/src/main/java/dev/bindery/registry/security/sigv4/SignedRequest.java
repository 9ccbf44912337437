package dev.bindery.registry.security.sigv4;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A request as it arrived, in the parts Signature Version 4 signs.
 *
 * <p>{@code rawPath} and {@code rawQuery} must be taken from the request line untouched: still
 * percent-encoded, not decoded and re-encoded by a framework (with {@link java.net.URI}, that is
 * {@code getRawPath()} and {@code getRawQuery()}, never {@code getPath()}). Headers are keyed by
 * lower-case name, with one list entry per header line as received; an HTTP/2 {@code :authority}
 * belongs under {@code host}.
 *
 * <p>A buffered request carries the SHA-256 of its body; a streaming one carries none, because its
 * body has not been read when it is verified: it must then have been signed with
 * {@code x-amz-content-sha256: UNSIGNED-PAYLOAD}.
 *
 * @param method        the HTTP method as on the request line, e.g. {@code GET}
 * @param rawPath       the path exactly as on the request line, still percent-encoded
 * @param rawQuery      the query after {@code ?} exactly as received, or {@code null} if there was none
 * @param headers       header values by lower-case name, in the order received
 * @param payloadSha256 the lower-case hex SHA-256 of the body; {@code null} only when {@code streaming}
 * @param streaming     whether the endpoint streams its body and verifies before reading it
 */
public record SignedRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        String payloadSha256,
        boolean streaming) {

    /** The SHA-256 of an empty body. */
    public static final String EMPTY_PAYLOAD_SHA256 =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public SignedRequest {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(rawPath, "rawPath == null");
        Objects.requireNonNull(headers, "headers == null");
        if (streaming) {
            if (payloadSha256 != null) {
                throw new IllegalArgumentException("a streaming request has no payload hash: " + payloadSha256);
            }
        } else {
            Objects.requireNonNull(payloadSha256, "payloadSha256 == null");
            if (!Hex.isSha256(payloadSha256)) {
                throw new IllegalArgumentException("not a hex SHA-256: " + payloadSha256);
            }
        }
        headers = lowerCaseKeys(headers);
    }

    /** A request whose body the caller has read and hashed ({@link #sha256Hex(byte[])}). */
    public static SignedRequest buffered(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, String payloadSha256) {
        return new SignedRequest(method, rawPath, rawQuery, headers, payloadSha256, false);
    }

    /** A request to a streaming endpoint, verified before its body is read. */
    public static SignedRequest streaming(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers) {
        return new SignedRequest(method, rawPath, rawQuery, headers, null, true);
    }

    /** The lower-case hex SHA-256 of {@code body}. */
    public static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The request line and the header names; header values (the signature among them) are left out. */
    @Override
    public String toString() {
        return "SignedRequest[" + method + ' ' + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + ", headers="
                + new TreeSet<>(headers.keySet()) + (streaming ? ", streaming" : "") + ']';
    }

    /** The values of header {@code lowerCaseName}, or an empty list. */
    public List<String> headerValues(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null ? List.of() : values;
    }

    private static Map<String, List<String>> lowerCaseKeys(Map<String, List<String>> headers) {
        Map<String, List<String>> merged = new HashMap<>(headers.size() * 2);
        headers.forEach((name, values) -> {
            Objects.requireNonNull(name, "header name == null");
            Objects.requireNonNull(values, "header values == null");
            if (values.isEmpty()) {
                return;
            }
            String key = name.toLowerCase(Locale.ROOT);
            List<String> existing = merged.get(key);
            if (existing == null) {
                merged.put(key, List.copyOf(values));
            } else {
                merged.put(key, concat(existing, values));
            }
        });
        return Map.copyOf(merged);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        String[] all = new String[first.size() + second.size()];
        int i = 0;
        for (String value : first) {
            all[i++] = value;
        }
        for (String value : second) {
            all[i++] = value;
        }
        return List.of(all);
    }
}
