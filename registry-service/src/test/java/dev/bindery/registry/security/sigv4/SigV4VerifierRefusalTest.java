package dev.bindery.registry.security.sigv4;

import static dev.bindery.registry.security.sigv4.SdkSigner.NOW;
import static dev.bindery.registry.security.sigv4.SdkSigner.SECRET;
import static dev.bindery.registry.security.sigv4.SdkSigner.authorization;
import static dev.bindery.registry.security.sigv4.SdkSigner.label;
import static dev.bindery.registry.security.sigv4.SdkSigner.request;
import static dev.bindery.registry.security.sigv4.SdkSigner.sign;
import static dev.bindery.registry.security.sigv4.SdkSigner.verifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bindery.registry.security.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;

/** Each way a Signature Version 4 request can be wrong is refused, with AWS's error code and wording. */
class SigV4VerifierRefusalTest {

    private static final Set<String> SCHEMAS = Set.of("schemas");
    private static final byte[] BODY = "{\"Description\":\"orders\"}".getBytes(StandardCharsets.UTF_8);
    private static final String MISMATCH = "The request signature we calculated does not match the signature you"
            + " provided. Check your AWS Secret Access Key and signing method. Consult the service documentation"
            + " for details.";

    @Test
    void aWrongSecretIsAnInvalidSignatureWithAFixedMessage() {
        SignedRequest request = describe();

        AuthenticationException refusal = refusal(request, authorization(request), "not-the-secret", SCHEMAS);

        assertThat(refusal.code()).isEqualTo("InvalidSignatureException");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).isEqualTo(MISMATCH);
    }

    @Test
    void aScopeForAnotherServiceIsRefusedNamingTheRightOne() {
        SignedRequest request = sign(request(SdkHttpMethod.GET, "/v1/registries"), null, "dynamodb", NOW);

        assertInvalid(refusal(request, SCHEMAS), "Credential should be scoped to correct service: 'schemas'.");
    }

    @Test
    void aScopeForAnotherRegionIsRefusedNamingIt() {
        SignedRequest request = describe();
        SigV4Authorization authorization = authorization(request);
        SigV4Authorization elsewhere = new SigV4Authorization(
                authorization.accessKeyId(),
                authorization.scopeDate(),
                "eu-west-1",
                authorization.service(),
                authorization.terminator(),
                authorization.signedHeaders(),
                authorization.signature());

        assertInvalid(
                refusal(request, elsewhere, SECRET, SCHEMAS),
                "Credential should be scoped to a valid region, not 'eu-west-1'.");
    }

    @Test
    void aScopeWithAnotherTerminatorIsRefused() {
        SignedRequest request = describe();

        assertInvalid(
                refusal(
                        request,
                        withHeader(request, h -> h.replace("/aws4_request", "/aws5_request")),
                        SECRET,
                        SCHEMAS),
                "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'.");
    }

    @Test
    void aScopeDateOtherThanTheRequestDayIsRefused() {
        SignedRequest request = describe();

        assertInvalid(
                refusal(request, withHeader(request, h -> h.replace("/20261206/", "/20261205/")), SECRET, SCHEMAS),
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
                        + " '20261205' != '20261206', from '20261206T013000Z'.");
    }

    @Test
    void everyScopeProblemIsNamedAtOnce() {
        SignedRequest request = sign(request(SdkHttpMethod.GET, "/v1/registries"), null, "dynamodb", NOW);
        SigV4Authorization authorization = withHeader(request, h -> h.replace("/us-east-1/", "/eu-west-1/"));

        assertInvalid(
                refusal(request, authorization, SECRET, Set.of("schemas", "events")),
                "Credential should be scoped to a valid region, not 'eu-west-1'."
                        + " Credential should be scoped to correct service: 'events' or 'schemas'.");
    }

    @Test
    void aRequestSixteenMinutesOldHasExpired() {
        SignedRequest request =
                sign(request(SdkHttpMethod.GET, "/v1/registries"), null, "schemas", NOW.minusSeconds(16 * 60));

        assertInvalid(
                refusal(request, SCHEMAS),
                "Signature expired: 20261206T011400Z is now earlier than"
                        + " 20261206T011500Z (20261206T013000Z - 15 min.)");
    }

    @Test
    void aRequestSixteenMinutesAheadIsNotYetCurrent() {
        SignedRequest request =
                sign(request(SdkHttpMethod.GET, "/v1/registries"), null, "schemas", NOW.plusSeconds(16 * 60));

        assertInvalid(
                refusal(request, SCHEMAS),
                "Signature not yet current: 20261206T014600Z is still later than"
                        + " 20261206T014500Z (20261206T013000Z + 15 min.)");
    }

    @Test
    void aTamperedBodyIsRefusedWhenNoPayloadHashHeaderWasSent() {
        // botocore (the AWS CLI) signs the body's hash without sending x-amz-content-sha256.
        SignedRequest request = botocoreSigned("{\"Content\":\"{}\",\"Type\":\"OpenApi3\"}");
        SignedRequest tampered = botocoreSigned("{\"Content\":\"{}\",\"Type\":\"JSONSchemaDraft4\"}");

        assertThatCode(() -> verifier().verify(request, authorization(request), SECRET, SCHEMAS))
                .doesNotThrowAnyException();
        assertInvalid(refusal(tampered, SCHEMAS), MISMATCH);
    }

    @Test
    void aTamperedBodyIsAPayloadHashMismatchWhenItsHashWasSent() {
        // The SDK's signer always sends and signs x-amz-content-sha256.
        SignedRequest request = put();
        SignedRequest tampered = new SignedRequest(
                request.method(),
                request.rawPath(),
                request.rawQuery(),
                request.headers(),
                SignedRequest.sha256Hex("{\"Description\":\"evil\"}".getBytes(StandardCharsets.UTF_8)),
                false);

        assertThat(request.headerValues("x-amz-content-sha256")).containsExactly(request.payloadSha256());
        assertInvalid(
                refusal(tampered, SCHEMAS),
                "Payload hash mismatch: x-amz-content-sha256 is not the SHA-256 of the request body.");
    }

    @Test
    void aTamperedSignedHeaderIsRefused() {
        SignedRequest request = put();

        assertInvalid(refusal(withHeaderValue(request, "content-type", "text/plain"), SCHEMAS), MISMATCH);
    }

    @Test
    void anUnsignedHeaderMayChange() {
        SignedRequest request = put();
        SignedRequest changed = withHeaderValue(request, "user-agent", "something else");

        assertThatCode(() -> verifier().verify(changed, authorization(changed), SECRET, SCHEMAS))
                .doesNotThrowAnyException();
    }

    @Test
    void aTamperedPathIsRefused() {
        SignedRequest request = describe();
        SignedRequest tampered = new SignedRequest(
                request.method(),
                request.rawPath().replace("a%40B", "a%40C"),
                request.rawQuery(),
                request.headers(),
                request.payloadSha256(),
                false);

        assertInvalid(refusal(tampered, SCHEMAS), MISMATCH);
    }

    @Test
    void aTamperedMethodIsRefused() {
        SignedRequest request = describe();
        SignedRequest tampered = new SignedRequest(
                "DELETE", request.rawPath(), request.rawQuery(), request.headers(), request.payloadSha256(), false);

        assertInvalid(refusal(tampered, SCHEMAS), MISMATCH);
    }

    @Test
    void aTamperedQueryIsRefused() {
        SignedRequest request = describe();
        SignedRequest tampered = new SignedRequest(
                request.method(),
                request.rawPath(),
                request.rawQuery().replace("schemaVersion=1", "schemaVersion=2"),
                request.headers(),
                request.payloadSha256(),
                false);

        assertInvalid(refusal(tampered, SCHEMAS), MISMATCH);
    }

    @Test
    void anAddedQueryParameterIsRefused() {
        SignedRequest request = describe();
        SignedRequest tampered = new SignedRequest(
                request.method(),
                request.rawPath(),
                request.rawQuery() + "&limit=100",
                request.headers(),
                request.payloadSha256(),
                false);

        assertInvalid(refusal(tampered, SCHEMAS), MISMATCH);
    }

    @Test
    void aSignatureWithoutHostIsIncomplete() {
        SignedRequest request = describe();

        AuthenticationException refusal = refusal(
                request, withHeader(request, h -> h.replace("SignedHeaders=host;", "SignedHeaders=")), SECRET, SCHEMAS);

        assertThat(refusal.code()).isEqualTo("IncompleteSignatureException");
        assertThat(refusal.getMessage())
                .isEqualTo("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }

    @Test
    void aSignatureWithoutTheDateHeaderIsIncomplete() {
        SignedRequest request = describe();

        AuthenticationException refusal =
                refusal(request, withHeader(request, h -> h.replace(";x-amz-date", "")), SECRET, SCHEMAS);

        assertThat(refusal.code()).isEqualTo("IncompleteSignatureException");
        assertThat(refusal.getMessage()).isEqualTo("'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.");
    }

    @Test
    void aSignedHeaderMissingFromTheRequestIsRefusedByName() {
        SignedRequest request = put();
        Map<String, List<String>> headers = new HashMap<>(request.headers());
        headers.remove("content-type");
        SignedRequest without = SignedRequest.buffered(
                request.method(), request.rawPath(), request.rawQuery(), headers, request.payloadSha256());

        assertInvalid(
                refusal(without, SCHEMAS), "The request has no 'content-type' header, which SignedHeaders names.");
    }

    @Test
    void aRequestWithoutADateIsIncomplete() {
        SignedRequest request = describe();
        Map<String, List<String>> headers = new HashMap<>(request.headers());
        headers.remove("x-amz-date");
        SignedRequest undated = SignedRequest.buffered(
                request.method(), request.rawPath(), request.rawQuery(), headers, request.payloadSha256());

        AuthenticationException refusal = refusal(undated, SCHEMAS);

        assertThat(refusal.code()).isEqualTo("IncompleteSignatureException");
        assertThat(refusal.getMessage())
                .isEqualTo("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }

    @Test
    void aMalformedXAmzDateIsIncomplete() {
        SignedRequest request = withHeaderValue(describe(), "x-amz-date", "2026-12-06T01:30:00Z");

        AuthenticationException refusal = refusal(request, SCHEMAS);

        assertThat(refusal.code()).isEqualTo("IncompleteSignatureException");
        assertThat(refusal.getMessage())
                .isEqualTo(
                        "X-Amz-Date must be in ISO 8601 basic format, yyyyMMdd'T'HHmmss'Z'. Got '2026-12-06T01:30:00Z'.");
    }

    @Test
    void anImpossibleXAmzDateIsIncomplete() {
        SignedRequest request = withHeaderValue(describe(), "x-amz-date", "20261306T013000Z");

        assertThat(refusal(request, SCHEMAS).code()).isEqualTo("IncompleteSignatureException");
    }

    @Test
    void unsignedPayloadIsRefusedWhereTheEndpointReadsTheBody() {
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.PUT, "/v1/registries/name/r")
                .protocol("https")
                .port(443)
                .putHeader("Content-Type", "application/json");
        SignedRequest request = sign(
                http,
                BODY,
                "schemas",
                NOW,
                builder -> builder.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false));

        assertThat(request.headerValues("x-amz-content-sha256")).containsExactly("UNSIGNED-PAYLOAD");
        assertInvalid(
                refusal(request, SCHEMAS),
                "UNSIGNED-PAYLOAD is accepted only by streaming endpoints; sign the SHA-256 of the request body.");
    }

    @Test
    void aStreamNotSignedWithUnsignedPayloadIsRefused() {
        SignedRequest signed = put();
        SignedRequest streaming =
                SignedRequest.streaming(signed.method(), signed.rawPath(), signed.rawQuery(), signed.headers());

        assertInvalid(
                refusal(streaming, SCHEMAS),
                "This endpoint streams the request body, so the stream must be"
                        + " signed with UNSIGNED-PAYLOAD: send 'x-amz-content-sha256: UNSIGNED-PAYLOAD'.");
    }

    @Test
    void aStreamSignedWithTheBodyHashIsRefused() {
        SignedRequest signed = sign(request(SdkHttpMethod.POST, "/v1/ingest/ndjson"), BODY);
        SignedRequest streaming =
                SignedRequest.streaming(signed.method(), signed.rawPath(), signed.rawQuery(), signed.headers());

        assertThat(signed.headerValues("x-amz-content-sha256")).containsExactly(SignedRequest.sha256Hex(BODY));
        assertThat(refusal(streaming, SCHEMAS).getMessage()).contains("must be signed with UNSIGNED-PAYLOAD");
    }

    @Test
    void aPayloadHashHeaderThatIsNoHashIsRefused() {
        SignedRequest request = withHeaderValue(put(), "x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");

        assertInvalid(
                refusal(request, SCHEMAS),
                "x-amz-content-sha256 must be the hex SHA-256 of the request body or"
                        + " UNSIGNED-PAYLOAD, not 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD'.");
    }

    @Test
    void aRotatedSecretRefusesSignaturesMadeWithTheOldOneThoughItsKeyWasCached() {
        SigV4Verifier verifier = verifier();
        SignedRequest request = describe();
        verifier.verify(request, authorization(request), SECRET, SCHEMAS);

        AuthenticationException refusal = catchThrowableOfType(
                AuthenticationException.class,
                () -> verifier.verify(request, authorization(request), "the-rotated-secret", SCHEMAS));

        assertThat(refusal).isNotNull();
        assertThat(refusal.getMessage()).isEqualTo(MISMATCH);
    }

    @Test
    void theSignatureIsNeverInARefusal() {
        SignedRequest request = describe();
        SigV4Authorization authorization = authorization(request);

        AuthenticationException refusal = refusal(request, authorization, "not-the-secret", SCHEMAS);

        assertThat(refusal.getMessage())
                .doesNotContain(authorization.signature())
                .doesNotContain(SECRET);
    }

    /** GET DescribeSchema of {@code a@B C}, version 1. */
    private static SignedRequest describe() {
        return sign(
                request(SdkHttpMethod.GET, "/v1/registries/name/r/schemas/name/" + label("a@B C"))
                        .putRawQueryParameter("schemaVersion", "1"),
                null);
    }

    /** PUT UpdateRegistry with a JSON body. */
    private static SignedRequest put() {
        return sign(
                request(SdkHttpMethod.PUT, "/v1/registries/name/r")
                        .putHeader("Content-Type", "application/json")
                        .putHeader("User-Agent", "aws-sdk-java/2"),
                BODY);
    }

    /**
     * A PUT as botocore signed it on 2026-12-06 at 01:30:00 with a Date header, carrying {@code body};
     * the signature is right for {@code {"Content":"{}","Type":"OpenApi3"}}.
     */
    private static SignedRequest botocoreSigned(String body) {
        return SignedRequest.buffered(
                "PUT",
                "/v1/registries/name/r/schemas/name/a%40B%20C",
                "x=1",
                Map.of(
                        "host", List.of("127.0.0.1:8080"),
                        "content-type", List.of("application/json"),
                        "date", List.of("Sun, 06 Dec 2026 01:30:00 -0000"),
                        "authorization",
                                List.of(
                                        "AWS4-HMAC-SHA256"
                                                + " Credential=AKIDBINDERYEXAMPLE/20261206/us-east-1/schemas/aws4_request,"
                                                + " SignedHeaders=content-type;date;host,"
                                                + " Signature=52a6b9ac210af0f7c56e6dbfded33a36755abeffe0d9e2d1193b36ecf49fd31a")),
                SignedRequest.sha256Hex(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static SigV4Authorization withHeader(SignedRequest request, UnaryOperator<String> edit) {
        return SigV4Authorization.parse(
                edit.apply(request.headerValues("authorization").get(0)));
    }

    private static SignedRequest withHeaderValue(SignedRequest request, String name, String value) {
        Map<String, List<String>> headers = new HashMap<>(request.headers());
        headers.put(name, List.of(value));
        return new SignedRequest(
                request.method(),
                request.rawPath(),
                request.rawQuery(),
                headers,
                request.payloadSha256(),
                request.streaming());
    }

    private static AuthenticationException refusal(SignedRequest request, Set<String> services) {
        return refusal(request, authorization(request), SECRET, services);
    }

    private static AuthenticationException refusal(
            SignedRequest request, SigV4Authorization authorization, String secret, Set<String> services) {
        AuthenticationException refusal = catchThrowableOfType(
                AuthenticationException.class, () -> verifier().verify(request, authorization, secret, services));
        assertThat(refusal).as("a refusal").isNotNull();
        return refusal;
    }

    private static void assertInvalid(AuthenticationException refusal, String message) {
        assertThat(refusal.code()).isEqualTo("InvalidSignatureException");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).isEqualTo(message);
    }
}
