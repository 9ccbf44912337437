package dev.bindery.registry.security.sigv4;

import dev.bindery.registry.security.AuthenticationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…}
 * header. Parsing checks the shape only; {@link SigV4Verifier} decides whether the scope, the signed
 * headers and the signature are right. {@link #toString()} leaves the signature out.
 *
 * @param accessKeyId   the access key id, the first part of {@code Credential}
 * @param scopeDate     the scope's date as written, normally {@code yyyyMMdd}
 * @param region        the scope's region
 * @param service       the scope's service
 * @param terminator    the scope's last part, {@code aws4_request} when well formed
 * @param signedHeaders the signed header names in the order given
 * @param signature     the signature, 64 hexadecimal digits
 */
public record SigV4Authorization(
        String accessKeyId,
        String scopeDate,
        String region,
        String service,
        String terminator,
        List<String> signedHeaders,
        String signature) {

    /** The only algorithm Signature Version 4 headers name here. */
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final String CREDENTIAL = "Credential";
    private static final String SIGNED_HEADERS = "SignedHeaders";
    private static final String SIGNATURE = "Signature";

    public SigV4Authorization {
        Objects.requireNonNull(accessKeyId, "accessKeyId == null");
        Objects.requireNonNull(scopeDate, "scopeDate == null");
        Objects.requireNonNull(region, "region == null");
        Objects.requireNonNull(service, "service == null");
        Objects.requireNonNull(terminator, "terminator == null");
        signedHeaders = List.copyOf(signedHeaders);
        Objects.requireNonNull(signature, "signature == null");
        if (!Hex.isHex(signature, 64)) {
            throw new IllegalArgumentException("signature is not 64 hexadecimal digits");
        }
    }

    /** Whether {@code authorization} names this scheme, so that {@link #parse} is the parser to ask. */
    public static boolean isSigV4(String authorization) {
        if (authorization == null) {
            return false;
        }
        String header = authorization.strip();
        return header.startsWith(ALGORITHM)
                && (header.length() == ALGORITHM.length() || isSeparator(header.charAt(ALGORITHM.length())));
    }

    /**
     * Parses an {@code Authorization} header value. Parameters may be separated by commas, white
     * space or both; unknown parameters are ignored.
     *
     * @throws AuthenticationException {@code IncompleteSignatureException} naming each missing or
     *                                 malformed part, with the header echoed without its signature
     */
    public static SigV4Authorization parse(String authorization) {
        Objects.requireNonNull(authorization, "authorization == null");
        String header = authorization.strip();
        if (!isSigV4(header)) {
            throw incomplete("Authorization header must use the " + ALGORITHM + " algorithm.", header);
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        int i = ALGORITHM.length();
        while (i < header.length()) {
            if (isSeparator(header.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < header.length() && !isSeparator(header.charAt(end))) {
                end++;
            }
            int equals = header.indexOf('=', i);
            if (equals > i && equals < end) {
                String name = header.substring(i, equals);
                String value = header.substring(equals + 1, end);
                switch (name) {
                    case CREDENTIAL -> credential = once(CREDENTIAL, credential, value, header);
                    case SIGNED_HEADERS -> signedHeaders = once(SIGNED_HEADERS, signedHeaders, value, header);
                    case SIGNATURE -> signature = once(SIGNATURE, signature, value, header);
                    default -> {
                        // Not part of SigV4: ignored, as AWS does.
                    }
                }
            }
            i = end;
        }
        requireAll(credential, signedHeaders, signature, header);
        return of(credential, signedHeaders, signature, header);
    }

    /** The credential scope: {@code date/region/service/terminator}. */
    public String scope() {
        return scopeDate + '/' + region + '/' + service + '/' + terminator;
    }

    @Override
    public String toString() {
        return "SigV4Authorization[accessKeyId=" + accessKeyId + ", scope=" + scope() + ", signedHeaders="
                + String.join(";", signedHeaders) + "]";
    }

    private static SigV4Authorization of(String credential, String signedHeaders, String signature, String header) {
        String[] scope = split(credential, '/');
        if (scope.length != 5) {
            throw incomplete(
                    "Authorization header's Credential must be "
                            + "<access key id>/<yyyyMMdd>/<region>/<service>/aws4_request.",
                    header);
        }
        String[] names = split(signedHeaders, ';');
        if (names.length == 0) {
            throw incomplete("Authorization header's SignedHeaders must be header names separated by ';'.", header);
        }
        if (!Hex.isHex(signature, 64)) {
            throw incomplete("Authorization header's Signature must be 64 hexadecimal digits.", header);
        }
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], scope[4], List.of(names), signature);
    }

    /** The parts of {@code text} between {@code separator}s, or none if any part is empty. */
    private static String[] split(String text, char separator) {
        List<String> parts = new ArrayList<>(6);
        int start = 0;
        while (true) {
            int end = text.indexOf(separator, start);
            String part = end < 0 ? text.substring(start) : text.substring(start, end);
            if (part.isEmpty()) {
                return new String[0];
            }
            parts.add(part);
            if (end < 0) {
                return parts.toArray(new String[0]);
            }
            start = end + 1;
        }
    }

    private static String once(String name, String previous, String value, String header) {
        if (previous != null) {
            throw incomplete("Authorization header has more than one '" + name + "' parameter.", header);
        }
        return value.isEmpty() ? null : value;
    }

    private static void requireAll(String credential, String signedHeaders, String signature, String header) {
        StringBuilder missing = new StringBuilder();
        if (credential == null) {
            missing.append("Authorization header requires '" + CREDENTIAL + "' parameter. ");
        }
        if (signature == null) {
            missing.append("Authorization header requires '" + SIGNATURE + "' parameter. ");
        }
        if (signedHeaders == null) {
            missing.append("Authorization header requires '" + SIGNED_HEADERS + "' parameter. ");
        }
        if (!missing.isEmpty()) {
            missing.setLength(missing.length() - 1);
            throw incomplete(missing.toString(), header);
        }
    }

    private static AuthenticationException incomplete(String problem, String header) {
        return AuthenticationException.incompleteSignature(problem + " Authorization=" + withoutSignature(header));
    }

    /** {@code header} with the value of every {@code Signature=} replaced, so that it can be echoed. */
    static String withoutSignature(String header) {
        String marker = SIGNATURE + '=';
        int at = header.indexOf(marker);
        if (at < 0) {
            return header;
        }
        StringBuilder redacted = new StringBuilder(header.length());
        int copied = 0;
        while (at >= 0) {
            int value = at + marker.length();
            int end = value;
            while (end < header.length() && !isSeparator(header.charAt(end))) {
                end++;
            }
            redacted.append(header, copied, value);
            if (end > value) {
                redacted.append("<redacted>");
            }
            copied = end;
            at = header.indexOf(marker, end);
        }
        return redacted.append(header, copied, header.length()).toString();
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ' || c == '\t';
    }
}
