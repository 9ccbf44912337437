package dev.bindery.maven.registry;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * How requests to the registry authenticate, and where the credentials came from (for error
 * messages). No implementation's {@code toString} contains a secret.
 */
sealed interface Credentials {
    /** The signing name of the Schemas API in the credential scope. */
    String SERVICE = "schemas";

    /** The {@code Authorization} scheme: {@code AWS4-HMAC-SHA256}, {@code Bearer} or {@code none}. */
    String scheme();

    /**
     * The headers that authenticate this one request, to add to {@code headers}; {@code body} is the
     * exact bytes sent ({@code null} for none).
     */
    Map<String, String> authenticate(String method, URI uri, Map<String, String> headers, byte[] body);

    /** The credentials for a message, e.g. "the access key BKIA… of server 'bindery'"; never a secret. */
    String describe();

    /** What to change when the registry does not accept these credentials. */
    String fix(String serverId);

    /** No credentials. */
    record None() implements Credentials {
        @Override
        public String scheme() {
            return "none";
        }

        @Override
        public Map<String, String> authenticate(String method, URI uri, Map<String, String> headers, byte[] body) {
            return Map.of();
        }

        @Override
        public String describe() {
            return "a request without credentials";
        }

        @Override
        public String fix(String serverId) {
            return "configure a <server> with id '" + serverId + "' in settings.xml (access key id as username and "
                    + "secret as password, or a token as password alone) or set BINDERY_TOKEN";
        }
    }

    /**
     * A bearer token (a Bindery token or an OIDC JWT); {@code source} says where it came from:
     * {@code "of server 'bindery'"} or {@code "in BINDERY_TOKEN"}.
     */
    record Bearer(String token, String source) implements Credentials {
        public Bearer {
            Objects.requireNonNull(token, "token == null");
            Objects.requireNonNull(source, "source == null");
        }

        @Override
        public String scheme() {
            return "Bearer";
        }

        @Override
        public Map<String, String> authenticate(String method, URI uri, Map<String, String> headers, byte[] body) {
            return Map.of("Authorization", "Bearer " + token);
        }

        @Override
        public String describe() {
            return "the token " + source;
        }

        @Override
        public String fix(String serverId) {
            return source.startsWith("in ")
                    ? "check BINDERY_TOKEN, or configure a <server> with id '" + serverId + "' in settings.xml"
                    : "check the password (the token) " + source + " in settings.xml; for an access key, give its "
                            + "id as username and its secret as password";
        }

        @Override
        public String toString() {
            return "Bearer[source=" + source + "]";
        }
    }

    /**
     * An access key id and secret, signing every request with AWS Signature Version 4 (service
     * {@code schemas}, {@code region}) through the AWS SDK's signer; the signature covers the method,
     * path, query, the host, {@code x-amz-date}, the given headers and the SHA-256 of the body.
     */
    record AccessKey(String accessKeyId, String secret, String region, String source, Clock clock)
            implements Credentials {
        private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

        public AccessKey {
            Objects.requireNonNull(accessKeyId, "accessKeyId == null");
            Objects.requireNonNull(secret, "secret == null");
            Objects.requireNonNull(source, "source == null");
            Objects.requireNonNull(clock, "clock == null");
            if (region == null || !region.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("not a valid region (bindery.region): " + region);
            }
        }

        @Override
        public String scheme() {
            return "AWS4-HMAC-SHA256";
        }

        @Override
        public Map<String, String> authenticate(String method, URI uri, Map<String, String> headers, byte[] body) {
            SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                    .method(SdkHttpMethod.fromValue(method))
                    .uri(uri);
            headers.forEach(request::putHeader);
            SdkHttpRequest signed = SIGNER.sign(r -> r.identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                            .request(request.build())
                            .payload(body == null ? null : ContentStreamProvider.fromByteArrayUnsafe(body))
                            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                            .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                            .putProperty(HttpSigner.SIGNING_CLOCK, clock))
                    .request();
            Map<String, String> added = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> header : signed.headers().entrySet()) {
                String name = header.getKey();
                // The HTTP client sends Host itself, derived from the same URI as the signer's.
                if (!name.equalsIgnoreCase("Host") && !headers.containsKey(name)) {
                    added.put(name, String.join(",", header.getValue()));
                }
            }
            return added;
        }

        @Override
        public String describe() {
            return "the access key " + accessKeyId + " " + source;
        }

        @Override
        public String fix(String serverId) {
            return "check the access key id (username) and secret (password) " + source
                    + " in settings.xml and bindery.region (" + region + ")";
        }

        @Override
        public String toString() {
            return "AccessKey[accessKeyId=" + accessKeyId + ", region=" + region + ", source=" + source + "]";
        }
    }
}
