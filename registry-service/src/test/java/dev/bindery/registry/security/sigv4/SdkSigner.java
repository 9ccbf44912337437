package dev.bindery.registry.security.sigv4;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Requests signed by the AWS SDK for Java v2's own Signature Version 4 signer
 * ({@link AwsV4HttpSigner}), turned into what a server receives: the raw path and query of the URI
 * the SDK would send, its headers, and the SHA-256 of the body.
 */
final class SdkSigner {

    static final String ACCESS_KEY_ID = "AKIDBINDERYEXAMPLE";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String REGION = "us-east-1";
    static final Instant NOW = Instant.parse("2026-12-06T01:30:00Z");

    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private SdkSigner() {}

    /** A request to {@code http://127.0.0.1:8080} with {@code encodedPath}, as the SDK's marshallers build it. */
    static SdkHttpFullRequest.Builder request(SdkHttpMethod method, String encodedPath) {
        return SdkHttpFullRequest.builder()
                .protocol("http")
                .host("127.0.0.1")
                .port(8080)
                .method(method)
                .encodedPath(encodedPath);
    }

    /** {@code label} encoded for a path as the SDK encodes a URI label: RFC 3986, {@code /} too. */
    static String label(String label) {
        return SdkHttpUtils.urlEncode(label);
    }

    /** Signs {@code request} for service {@code schemas} now. */
    static SignedRequest sign(SdkHttpFullRequest.Builder request, byte[] body) {
        return sign(request, body, "schemas", NOW, UnaryOperator.identity());
    }

    /** Signs {@code request} with body {@code body} for {@code service} at {@code signingTime}. */
    static SignedRequest sign(SdkHttpFullRequest.Builder request, byte[] body, String service, Instant signingTime) {
        return sign(request, body, service, signingTime, UnaryOperator.identity());
    }

    /** Signs as above, letting {@code properties} set further signer properties. */
    static SignedRequest sign(
            SdkHttpFullRequest.Builder request,
            byte[] body,
            String service,
            Instant signingTime,
            UnaryOperator<SignRequest.Builder<AwsCredentialsIdentity>> properties) {
        SdkHttpRequest signed = SIGNER.sign(builder ->
                        properties.apply(builder.identity(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET))
                                .request(request.build())
                                .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
                                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                                .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
                                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC))))
                .request();
        URI uri = signed.getUri();
        Map<String, List<String>> headers = new HashMap<>(signed.headers());
        return SignedRequest.buffered(
                signed.method().name(),
                uri.getRawPath(),
                uri.getRawQuery(),
                headers,
                SignedRequest.sha256Hex(body == null ? new byte[0] : body));
    }

    /** The parsed {@code Authorization} header of {@code request}. */
    static SigV4Authorization authorization(SignedRequest request) {
        return SigV4Authorization.parse(request.headerValues("authorization").get(0));
    }

    /** A verifier for {@link #REGION} whose clock reads {@link #NOW}. */
    static SigV4Verifier verifier() {
        return new SigV4Verifier(REGION, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
