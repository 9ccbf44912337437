package dev.bindery.registry.security.sigv4;

import dev.bindery.registry.security.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256} in the {@code Authorization} header) as
 * AWS does for non-S3 services, so that requests signed by the AWS CLI and the AWS SDKs pass and
 * nothing else does. In order it checks the request's date ({@code X-Amz-Date}, else {@code Date}),
 * the credential scope, the date against the clock, the signed headers, the payload hash, and last
 * the signature itself, compared in constant time. Every refusal is a 403
 * {@link AuthenticationException} with AWS's wording; none names the secret or the expected
 * signature.
 *
 * <p>Thread-safe. Derived signing keys are cached per access key id, day, region and service, so
 * one verification costs one SHA-256 of the canonical request and one HMAC.
 */
public final class SigV4Verifier {

    /** How far a request's date may be from the clock unless configured otherwise: 15 minutes, as AWS allows. */
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(15);

    /** How many signing keys are cached unless configured otherwise. */
    public static final int DEFAULT_SIGNING_KEY_CACHE_SIZE = 1024;

    static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method. Consult the service"
            + " documentation for details.";
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    static final String X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";
    private static final String TERMINATOR = "aws4_request";
    private static final String HOST = "host";

    private final String region;
    private final Clock clock;
    private final Duration maxSkew;
    private final SigningKeys signingKeys;

    /** A verifier for {@code region} with the default skew and cache size. */
    public SigV4Verifier(String region, Clock clock) {
        this(region, clock, DEFAULT_MAX_SKEW);
    }

    /** A verifier for {@code region} allowing {@code maxSkew} between a request's date and {@code clock}. */
    public SigV4Verifier(String region, Clock clock, Duration maxSkew) {
        this(region, clock, maxSkew, DEFAULT_SIGNING_KEY_CACHE_SIZE);
    }

    /**
     * A verifier for {@code region} allowing {@code maxSkew} between a request's date and
     * {@code clock}, caching at most {@code signingKeyCacheSize} derived signing keys.
     */
    public SigV4Verifier(String region, Clock clock, Duration maxSkew, int signingKeyCacheSize) {
        this.region = Objects.requireNonNull(region, "region == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew == null");
        if (maxSkew.isNegative()) {
            throw new IllegalArgumentException("maxSkew is negative: " + maxSkew);
        }
        this.signingKeys = new SigningKeys(signingKeyCacheSize);
    }

    /**
     * Returns normally if {@code authorization} is a valid signature of {@code request} by the holder
     * of {@code secretAccessKey}, scoped to this verifier's region and one of {@code services}.
     *
     * @param request         the request as it arrived
     * @param authorization   its parsed {@code Authorization} header
     * @param secretAccessKey the secret of {@code authorization.accessKeyId()}, looked up by the caller
     * @param services        the signing names this endpoint accepts, e.g. {@code schemas} or {@code events}
     * @throws AuthenticationException 403 {@code InvalidSignatureException} or
     *                                 {@code IncompleteSignatureException} saying what is wrong
     */
    public void verify(
            SignedRequest request, SigV4Authorization authorization, String secretAccessKey, Set<String> services) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(authorization, "authorization == null");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey == null");
        Objects.requireNonNull(services, "services == null");

        RequestTime time = RequestTime.of(request);
        checkScope(authorization, time, services);
        checkSkew(time);
        checkSignedHeaders(request, authorization.signedHeaders(), time.header());
        String payloadHash = payloadHash(request);

        String canonicalRequest = CanonicalRequest.of(request, authorization.signedHeaders(), payloadHash);
        String stringToSign = SigV4Authorization.ALGORITHM
                + '\n'
                + time.amzDate()
                + '\n'
                + authorization.scope()
                + '\n'
                + sha256Hex(canonicalRequest);
        byte[] signingKey = signingKeys.signingKey(
                authorization.accessKeyId(),
                secretAccessKey,
                authorization.scopeDate(),
                region,
                authorization.service());
        byte[] expected = SigningKeys.hmac(signingKey, stringToSign);
        byte[] provided = HexFormat.of().parseHex(authorization.signature());
        if (!MessageDigest.isEqual(expected, provided)) {
            throw AuthenticationException.invalidSignature(SIGNATURE_MISMATCH);
        }
    }

    /** How many derived signing keys are cached now. */
    int cachedSigningKeys() {
        return signingKeys.size();
    }

    private void checkScope(SigV4Authorization authorization, RequestTime time, Set<String> services) {
        StringBuilder problems = new StringBuilder();
        if (!authorization.region().equals(region)) {
            problems.append("Credential should be scoped to a valid region, not '")
                    .append(authorization.region())
                    .append("'. ");
        }
        if (!services.contains(authorization.service())) {
            problems.append("Credential should be scoped to correct service: ")
                    .append(quotedAlternatives(services))
                    .append(". ");
        }
        if (!authorization.terminator().equals(TERMINATOR)) {
            problems.append("Credential should be scoped with a valid terminator: '" + TERMINATOR + "', not '")
                    .append(authorization.terminator())
                    .append("'. ");
        }
        if (!authorization.scopeDate().equals(time.day())) {
            problems.append(
                            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '")
                    .append(authorization.scopeDate())
                    .append("' != '")
                    .append(time.day())
                    .append("', from '")
                    .append(time.amzDate())
                    .append("'. ");
        }
        if (!problems.isEmpty()) {
            problems.setLength(problems.length() - 1);
            throw AuthenticationException.invalidSignature(problems.toString());
        }
    }

    private void checkSkew(RequestTime time) {
        Instant now = clock.instant();
        Instant earliest = now.minus(maxSkew);
        Instant latest = now.plus(maxSkew);
        if (time.instant().isBefore(earliest)) {
            throw AuthenticationException.invalidSignature("Signature expired: " + time.amzDate()
                    + " is now earlier than " + RequestTime.format(earliest)
                    + " (" + RequestTime.format(now) + " - " + describe(maxSkew) + ")");
        }
        if (time.instant().isAfter(latest)) {
            throw AuthenticationException.invalidSignature("Signature not yet current: " + time.amzDate()
                    + " is still later than " + RequestTime.format(latest)
                    + " (" + RequestTime.format(now) + " + " + describe(maxSkew) + ")");
        }
    }

    private static void checkSignedHeaders(SignedRequest request, List<String> signedHeaders, String dateHeader) {
        if (!signedHeaders.contains(HOST)) {
            throw AuthenticationException.incompleteSignature(
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (!signedHeaders.contains(dateHeader)) {
            String name = dateHeader.equals(RequestTime.X_AMZ_DATE) ? "X-Amz-Date" : "Date";
            throw AuthenticationException.incompleteSignature(
                    "'" + name + "' must be a 'SignedHeader' in the AWS Authorization.");
        }
        for (String name : signedHeaders) {
            if (request.headerValues(name).isEmpty()) {
                throw AuthenticationException.invalidSignature(
                        "The request has no '" + name + "' header, which SignedHeaders names.");
            }
        }
    }

    /** The payload hash the client signed, after checking it against the body or the endpoint's streaming. */
    private static String payloadHash(SignedRequest request) {
        List<String> declared = request.headerValues(X_AMZ_CONTENT_SHA256);
        if (declared.size() > 1) {
            throw AuthenticationException.invalidSignature(
                    "The request has more than one 'x-amz-content-sha256' header.");
        }
        String header = declared.isEmpty() ? null : declared.get(0);
        if (request.streaming()) {
            if (!UNSIGNED_PAYLOAD.equals(header)) {
                throw AuthenticationException.invalidSignature(
                        "This endpoint streams the request body, so the"
                                + " stream must be signed with UNSIGNED-PAYLOAD: send 'x-amz-content-sha256: UNSIGNED-PAYLOAD'.");
            }
            return header;
        }
        if (header == null) {
            return request.payloadSha256();
        }
        if (header.equals(UNSIGNED_PAYLOAD)) {
            throw AuthenticationException.invalidSignature("UNSIGNED-PAYLOAD is accepted only by streaming endpoints;"
                    + " sign the SHA-256 of the request body.");
        }
        if (!Hex.isSha256(header)) {
            throw AuthenticationException.invalidSignature("x-amz-content-sha256 must be the hex SHA-256 of the"
                    + " request body or UNSIGNED-PAYLOAD, not '" + header + "'.");
        }
        if (!header.equalsIgnoreCase(request.payloadSha256())) {
            throw AuthenticationException.invalidSignature(
                    "Payload hash mismatch: x-amz-content-sha256 is not the" + " SHA-256 of the request body.");
        }
        return header;
    }

    private static String quotedAlternatives(Set<String> services) {
        StringBuilder out = new StringBuilder();
        for (String service : new TreeSet<>(services)) {
            if (!out.isEmpty()) {
                out.append(" or ");
            }
            out.append('\'').append(service).append('\'');
        }
        return out.toString();
    }

    private static String describe(Duration skew) {
        return skew.truncatedTo(ChronoUnit.MINUTES).equals(skew)
                ? skew.toMinutes() + " min."
                : skew.toSeconds() + " sec.";
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
