package dev.bindery.registry.security.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bindery.registry.security.AuthenticationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code Authorization} header's parts, in the spellings clients produce, and each way it can be incomplete. */
class SigV4AuthorizationTest {

    private static final String SIGNATURE = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
    private static final String CREDENTIAL = "Credential=AKIDEXAMPLE/20261206/us-east-1/schemas/aws4_request";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host;x-amz-date, Signature=" + SIGNATURE,
                "AWS4-HMAC-SHA256 " + CREDENTIAL + ",SignedHeaders=host;x-amz-date,Signature=" + SIGNATURE,
                "AWS4-HMAC-SHA256 " + CREDENTIAL + " SignedHeaders=host;x-amz-date Signature=" + SIGNATURE,
                "AWS4-HMAC-SHA256   " + CREDENTIAL + " ,  SignedHeaders=host;x-amz-date ,\tSignature=" + SIGNATURE
                        + "  ",
                "AWS4-HMAC-SHA256 Signature=" + SIGNATURE + ", SignedHeaders=host;x-amz-date, " + CREDENTIAL,
            })
    void theSpacingsClientsProduceAllParse(String header) {
        SigV4Authorization authorization = SigV4Authorization.parse(header);

        assertThat(authorization.accessKeyId()).isEqualTo("AKIDEXAMPLE");
        assertThat(authorization.scope()).isEqualTo("20261206/us-east-1/schemas/aws4_request");
        assertThat(authorization.signedHeaders()).containsExactly("host", "x-amz-date");
        assertThat(authorization.signature()).isEqualTo(SIGNATURE);
    }

    @Test
    void unknownParametersAreIgnored() {
        SigV4Authorization authorization = SigV4Authorization.parse(
                "AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host, Extra=1, Signature=" + SIGNATURE);

        assertThat(authorization.signedHeaders()).containsExactly("host");
    }

    @Test
    void aMissingCredentialIsIncompleteAndEchoesTheHeaderWithoutItsSignature() {
        AuthenticationException refusal =
                refusal("AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=" + SIGNATURE);

        assertThat(refusal.code()).isEqualTo("IncompleteSignatureException");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage())
                .isEqualTo("Authorization header requires 'Credential' parameter."
                        + " Authorization=AWS4-HMAC-SHA256 SignedHeaders=host;x-amz-date, Signature=<redacted>");
    }

    @Test
    void aMissingSignedHeadersIsIncomplete() {
        assertThat(refusal("AWS4-HMAC-SHA256 " + CREDENTIAL + ", Signature=" + SIGNATURE)
                        .getMessage())
                .isEqualTo("Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 "
                        + CREDENTIAL + ", Signature=<redacted>");
    }

    @Test
    void aMissingSignatureIsIncomplete() {
        assertThat(refusal("AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host")
                        .getMessage())
                .isEqualTo("Authorization header requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256 "
                        + CREDENTIAL + ", SignedHeaders=host");
    }

    @Test
    void anEmptySignatureIsMissing() {
        assertThat(refusal("AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host, Signature=")
                        .getMessage())
                .startsWith("Authorization header requires 'Signature' parameter.");
    }

    @Test
    void everyMissingPartIsNamedAtOnce() {
        assertThat(refusal("AWS4-HMAC-SHA256").getMessage())
                .isEqualTo("Authorization header requires 'Credential' parameter."
                        + " Authorization header requires 'Signature' parameter."
                        + " Authorization header requires 'SignedHeaders' parameter."
                        + " Authorization=AWS4-HMAC-SHA256");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Credential=AKIDEXAMPLE/20261206/us-east-1/schemas",
                "Credential=AKIDEXAMPLE/20261206/us-east-1/schemas/aws4_request/extra",
                "Credential=AKIDEXAMPLE//us-east-1/schemas/aws4_request",
                "Credential=/20261206/us-east-1/schemas/aws4_request",
            })
    void aCredentialWithoutFiveNonEmptyPartsIsIncomplete(String credential) {
        AuthenticationException refusal =
                refusal("AWS4-HMAC-SHA256 " + credential + ", SignedHeaders=host, Signature=" + SIGNATURE);

        assertThat(refusal.code()).isEqualTo("IncompleteSignatureException");
        assertThat(refusal.getMessage())
                .startsWith("Authorization header's Credential must be"
                        + " <access key id>/<yyyyMMdd>/<region>/<service>/aws4_request.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"host;;x-amz-date", ";host", "host;"})
    void signedHeadersWithAnEmptyNameAreIncomplete(String signedHeaders) {
        assertThat(refusal("AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=" + signedHeaders + ", Signature="
                                + SIGNATURE)
                        .getMessage())
                .startsWith("Authorization header's SignedHeaders must be header names separated by ';'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "zz72d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", SIGNATURE + "00"})
    void aSignatureThatIsNot64HexDigitsIsIncomplete(String signature) {
        AuthenticationException refusal =
                refusal("AWS4-HMAC-SHA256 " + CREDENTIAL + ", SignedHeaders=host, Signature=" + signature);

        assertThat(refusal.getMessage())
                .startsWith("Authorization header's Signature must be 64 hexadecimal digits.")
                .doesNotContain(signature);
    }

    @Test
    void aRepeatedParameterIsIncomplete() {
        assertThat(refusal("AWS4-HMAC-SHA256 " + CREDENTIAL + ", " + CREDENTIAL + ", SignedHeaders=host, Signature="
                                + SIGNATURE)
                        .getMessage())
                .startsWith("Authorization header has more than one 'Credential' parameter.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS4-HMAC-SHA512 " + CREDENTIAL, "Bearer abc", "AWS4-HMAC-SHA256X " + CREDENTIAL, ""})
    void anotherSchemeIsNotSigV4(String header) {
        assertThat(SigV4Authorization.isSigV4(header)).isFalse();
        assertThat(refusal(header).getMessage())
                .startsWith("Authorization header must use the AWS4-HMAC-SHA256 algorithm.");
    }

    @Test
    void theAlgorithmAloneIsSigV4() {
        assertThat(SigV4Authorization.isSigV4("AWS4-HMAC-SHA256 Credential=x")).isTrue();
        assertThat(SigV4Authorization.isSigV4(null)).isFalse();
    }

    @Test
    void toStringLeavesTheSignatureOut() {
        SigV4Authorization authorization = new SigV4Authorization(
                "AKIDEXAMPLE", "20261206", "us-east-1", "schemas", "aws4_request", List.of("host"), SIGNATURE);

        assertThat(authorization.toString())
                .isEqualTo("SigV4Authorization[accessKeyId=AKIDEXAMPLE, scope=20261206/us-east-1/schemas/aws4_request,"
                        + " signedHeaders=host]");
    }

    @Test
    void everySignatureValueIsRedactedFromAnEcho() {
        assertThat(SigV4Authorization.withoutSignature("AWS4-HMAC-SHA256 Signature=abc, Signature=def,Signature="))
                .isEqualTo("AWS4-HMAC-SHA256 Signature=<redacted>, Signature=<redacted>,Signature=");
    }

    private static AuthenticationException refusal(String header) {
        AuthenticationException refusal =
                catchThrowableOfType(AuthenticationException.class, () -> SigV4Authorization.parse(header));
        assertThat(refusal).as("a refusal of %s", header).isNotNull();
        return refusal;
    }
}
