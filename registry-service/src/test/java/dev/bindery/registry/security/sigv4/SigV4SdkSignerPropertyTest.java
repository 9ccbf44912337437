package dev.bindery.registry.security.sigv4;

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
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Whatever path labels and query parameters a request carries, what the SDK's signer signs verifies,
 * and changing any one query value breaks it.
 */
class SigV4SdkSignerPropertyTest {

    private static final Set<String> SCHEMAS = Set.of("schemas");
    private static final SigV4Verifier VERIFIER = verifier();

    @Property(tries = 300)
    void anySdkSignedRequestVerifies(
            @ForAll("labels") String registry,
            @ForAll("labels") String schema,
            @ForAll("parameters") List<String> names,
            @ForAll("parameters") List<String> values) {
        SignedRequest request = sign(build(registry, schema, names, values), null);

        assertThatCode(() -> VERIFIER.verify(request, authorization(request), SECRET, SCHEMAS))
                .as("%s?%s", request.rawPath(), request.rawQuery())
                .doesNotThrowAnyException();
    }

    @Property(tries = 100)
    void changingAQueryValueBreaksTheSignature(
            @ForAll("labels") String schema, @ForAll("labels") String value, @ForAll("labels") String other) {
        if (value.equals(other)) {
            return;
        }
        SignedRequest request = sign(
                request(SdkHttpMethod.GET, "/v1/registries/name/r/schemas/name/" + label(schema))
                        .putRawQueryParameter("schemaVersion", value),
                null);
        SignedRequest tampered = new SignedRequest(
                request.method(),
                request.rawPath(),
                "schemaVersion=" + label(other),
                request.headers(),
                request.payloadSha256(),
                false);

        AuthenticationException refusal = catchThrowableOfType(
                AuthenticationException.class,
                () -> VERIFIER.verify(tampered, authorization(tampered), SECRET, SCHEMAS));

        assertThat(refusal).isNotNull();
        assertThat(refusal.getMessage()).startsWith("The request signature we calculated does not match");
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.strings()
                .withChars("aZ09-_.~ !\"#$%&'()*+,/:;<=>?@[\\]^`{|}")
                .withChars('é', 'ü', '✓', '中')
                .ofMinLength(1)
                .ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<String>> parameters() {
        return labels().list().ofMinSize(0).ofMaxSize(4);
    }

    private static SdkHttpFullRequest.Builder build(
            String registry, String schema, List<String> names, List<String> values) {
        SdkHttpFullRequest.Builder http =
                request(SdkHttpMethod.GET, "/v1/registries/name/" + label(registry) + "/schemas/name/" + label(schema));
        for (int i = 0; i < names.size(); i++) {
            http.appendRawQueryParameter(names.get(i), i < values.size() ? values.get(i) : "");
        }
        return http;
    }
}
