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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;

/** Requests signed by the AWS SDK for Java v2's signer verify. */
class SigV4VerifierTest {

    private static final Set<String> SCHEMAS = Set.of("schemas");
    private static final String DESCRIBE = "/v1/registries/name/r/schemas/name/";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain",
                "a@B C",
                "100%",
                "50%25",
                "ünïcødé ✓ 😀",
                "slash/inside",
                "x+y=z",
                "tilde~dot.dash-under_",
                "!$&'()*,;:",
                "[brackets]{braces}|^`\"<>\\",
                ".",
                ".."
            })
    void aGetWhoseSchemaNameNeedsEncodingVerifies(String schemaName) {
        SignedRequest request = sign(request(SdkHttpMethod.GET, DESCRIBE + label(schemaName)), null);

        assertVerifies(request, SCHEMAS);
    }

    @Test
    void thePathOnTheWireIsEncodedOnceAndSignedTwice() {
        SignedRequest request = sign(request(SdkHttpMethod.GET, DESCRIBE + label("a@B C")), null);

        assertThat(request.rawPath()).isEqualTo(DESCRIBE + "a%40B%20C");
        assertThat(CanonicalRequest.of(request, List.of("host"), SignedRequest.EMPTY_PAYLOAD_SHA256))
                .contains("\n" + DESCRIBE + "a%2540B%2520C\n");
        assertVerifies(request, SCHEMAS);
    }

    @Test
    void repeatedQueryNamesAreSortedByValue() {
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.GET, "/v1/search")
                .putRawQueryParameter("keywords", List.of("zeta", "alpha", "Mid", "alpha"))
                .putRawQueryParameter("a", "1");

        assertVerifies(sign(http, null), SCHEMAS);
    }

    @Test
    void emptyAndMissingQueryValuesVerify() {
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.GET, "/v1/registries")
                .putRawQueryParameter("empty", "")
                .putRawQueryParameter("novalue", (String) null)
                .putRawQueryParameter("limit", "10");
        SignedRequest request = sign(http, null);

        assertThat(request.rawQuery()).contains("empty=").contains("novalue");
        assertVerifies(request, SCHEMAS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a+b",
                "a b",
                "a%20b",
                "100%",
                "&=?#/:@",
                "!$'()*,;",
                "ünïcødé",
                "~tilde",
                "[]{}|^`\"<>\\",
                "😀",
                " lead"
            })
    void aQueryValueWithReservedCharactersVerifies(String value) {
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.GET, "/v1/registries/name/r/schemas")
                .putRawQueryParameter("schemaNamePrefix", value)
                .putRawQueryParameter(value, "as a name");

        assertVerifies(sign(http, null), SCHEMAS);
    }

    @Test
    void aPostWithAJsonBodyVerifies() {
        byte[] body = "{\"Content\":\"{\\\"openapi\\\":\\\"3.0.0\\\"}\",\"Type\":\"OpenApi3\",\"Description\":\"é\"}"
                .getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.POST, DESCRIBE + label("Order Created"))
                .putHeader("Content-Type", "application/json")
                .putHeader("Content-Length", Integer.toString(body.length));

        assertVerifies(sign(http, body), SCHEMAS);
    }

    @Test
    void aPutWithAJsonBodyVerifies() {
        byte[] body = "{\"Description\":\"registry\",\"Tags\":{\"team\":\"a b\"}}".getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.PUT, "/v1/registries/name/" + label("my registry"))
                .putHeader("Content-Type", "application/json");

        assertVerifies(sign(http, body), SCHEMAS);
    }

    @Test
    void theSdkSignsXAmzContentSha256OfTheBodyAndItVerifies() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest.Builder http =
                request(SdkHttpMethod.POST, "/v1/registries/name/r").putHeader("Content-Type", "application/json");
        SignedRequest request = sign(http, body);

        assertThat(request.headerValues("x-amz-content-sha256")).containsExactly(SignedRequest.sha256Hex(body));
        assertThat(authorization(request).signedHeaders()).contains("x-amz-content-sha256");
        assertVerifies(request, SCHEMAS);
    }

    @Test
    void anUnsignedPayloadVerifiesOnAStreamingEndpointWithoutTheBody() {
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.POST, "/v1/ingest/ndjson")
                .protocol("https")
                .port(443)
                .putHeader("Content-Type", "application/x-ndjson");
        SignedRequest signed = sign(
                http,
                "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8),
                "schemas",
                NOW,
                builder -> builder.putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false));
        SignedRequest streaming =
                SignedRequest.streaming(signed.method(), signed.rawPath(), signed.rawQuery(), signed.headers());

        assertThat(streaming.headerValues("x-amz-content-sha256")).containsExactly("UNSIGNED-PAYLOAD");
        assertVerifies(streaming, SCHEMAS);
    }

    @Test
    void thePutEventsShapeVerifiesForServiceEvents() {
        byte[] body =
                "{\"Entries\":[{\"Source\":\"shop\",\"DetailType\":\"Order Created\",\"Detail\":\"{\\\"id\\\":1}\"}]}"
                        .getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest.Builder http = request(SdkHttpMethod.POST, "/")
                .putHeader("X-Amz-Target", "AWSEvents.PutEvents")
                .putHeader("Content-Type", "application/x-amz-json-1.1");
        SignedRequest request = sign(http, body, "events", NOW);

        assertThat(authorization(request).signedHeaders()).contains("x-amz-target");
        assertVerifies(request, Set.of("events"));
    }

    @Test
    void anEmptyPathIsSignedAsSlash() {
        SignedRequest signed = sign(
                request(SdkHttpMethod.POST, "/").putHeader("X-Amz-Target", "AWSEvents.PutEvents"),
                new byte[0],
                "events",
                NOW);
        SignedRequest emptyPath = new SignedRequest(
                signed.method(), "", signed.rawQuery(), signed.headers(), signed.payloadSha256(), false);

        assertVerifies(emptyPath, Set.of("events"));
    }

    @Test
    void aHeaderWithSeveralValuesAndRunsOfSpacesVerifies() {
        SdkHttpFullRequest.Builder http =
                request(SdkHttpMethod.GET, "/v1/registries").putHeader("X-Custom", List.of("  a   b  ", "c\t\td"));

        assertVerifies(sign(http, null), SCHEMAS);
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCaseOnTheWire() {
        SignedRequest signed = sign(request(SdkHttpMethod.GET, "/v1/registries"), null);
        Map<String, List<String>> upperCase = new HashMap<>();
        signed.headers().forEach((name, values) -> upperCase.put(name.toUpperCase(Locale.ROOT), values));
        SignedRequest request = SignedRequest.buffered(
                signed.method(), signed.rawPath(), signed.rawQuery(), upperCase, signed.payloadSha256());

        assertVerifies(request, SCHEMAS);
    }

    @Test
    void aRequestFifteenMinutesOldStillVerifies() {
        SignedRequest request =
                sign(request(SdkHttpMethod.GET, "/v1/registries"), null, "schemas", NOW.minusSeconds(15 * 60));

        assertVerifies(request, SCHEMAS);
    }

    @Test
    void aConfiguredSkewIsHonoured() {
        SignedRequest request =
                sign(request(SdkHttpMethod.GET, "/v1/registries"), null, "schemas", NOW.minusSeconds(20 * 60));
        SigV4Verifier lenient =
                new SigV4Verifier(SdkSigner.REGION, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(30));

        assertThatCode(() -> lenient.verify(request, authorization(request), SECRET, SCHEMAS))
                .doesNotThrowAnyException();
    }

    @Test
    void anyOfTheAcceptedServicesVerifies() {
        SignedRequest request = sign(request(SdkHttpMethod.GET, "/v1/registries"), null, "events", NOW);

        assertVerifies(request, Set.of("schemas", "events"));
    }

    @Test
    void theAwsDocumentationExampleVerifies() {
        // The IAM ListUsers example of the AWS documentation, "Create a signed AWS API request".
        SignedRequest request = SignedRequest.buffered(
                "GET",
                "/",
                "Action=ListUsers&Version=2010-05-08",
                Map.of(
                        "Host", List.of("iam.amazonaws.com"),
                        "Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
                        "X-Amz-Date", List.of("20150830T123600Z")),
                SignedRequest.EMPTY_PAYLOAD_SHA256);
        SigV4Authorization authorization = SigV4Authorization.parse("AWS4-HMAC-SHA256"
                + " Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request,"
                + " SignedHeaders=content-type;host;x-amz-date,"
                + " Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
        SigV4Verifier verifier =
                new SigV4Verifier("us-east-1", Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC));

        assertThatCode(() -> verifier.verify(
                        request, authorization, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", Set.of("iam")))
                .doesNotThrowAnyException();
    }

    @Test
    void aRequestSignedByBotocoreWithOnlyADateHeaderVerifies() {
        // Signed by botocore's SigV4Auth: with a Date header it signs that instead of adding X-Amz-Date.
        SignedRequest request = SignedRequest.buffered(
                "PUT",
                "/v1/registries/name/r/schemas/name/a%40B%20C",
                "x=1",
                Map.of(
                        "Host",
                        List.of("127.0.0.1:8080"),
                        "Content-Type",
                        List.of("application/json"),
                        "Date",
                        List.of("Sun, 06 Dec 2026 01:30:00 -0000"),
                        "Content-Length",
                        List.of("34")),
                SignedRequest.sha256Hex("{\"Content\":\"{}\",\"Type\":\"OpenApi3\"}".getBytes(StandardCharsets.UTF_8)));
        SigV4Authorization authorization = SigV4Authorization.parse("AWS4-HMAC-SHA256"
                + " Credential=AKIDBINDERYEXAMPLE/20261206/us-east-1/schemas/aws4_request,"
                + " SignedHeaders=content-type;date;host,"
                + " Signature=52a6b9ac210af0f7c56e6dbfded33a36755abeffe0d9e2d1193b36ecf49fd31a");

        assertThatCode(() -> verifier().verify(request, authorization, SECRET, SCHEMAS))
                .doesNotThrowAnyException();
    }

    @Test
    void theDerivedSigningKeyIsTheOneOfTheAwsDocumentation() {
        byte[] key = SigningKeys.derive("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "iam");

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    }

    @Test
    void verifyingAgainReusesTheCachedSigningKey() {
        SigV4Verifier verifier = verifier();
        SignedRequest first = sign(request(SdkHttpMethod.GET, "/v1/registries"), null);
        SignedRequest second = sign(request(SdkHttpMethod.GET, "/v1/registries/name/r"), null);

        verifier.verify(first, authorization(first), SECRET, SCHEMAS);
        verifier.verify(second, authorization(second), SECRET, SCHEMAS);

        assertThat(verifier.cachedSigningKeys()).isEqualTo(1);
    }

    private static void assertVerifies(SignedRequest request, Set<String> services) {
        assertThatCode(() -> verifier().verify(request, authorization(request), SECRET, services))
                .as("%s %s?%s", request.method(), request.rawPath(), request.rawQuery())
                .doesNotThrowAnyException();
    }
}
