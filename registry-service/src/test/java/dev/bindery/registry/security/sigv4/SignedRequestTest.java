package dev.bindery.registry.security.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request as it arrived: header names folded to lower case, a payload hash exactly when it is buffered. */
class SignedRequestTest {

    @Test
    void headerNamesAreFoldedToLowerCaseAndTheirValuesKeptInOrder() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Date", List.of("20261206T013000Z"));
        headers.put("X-Custom", List.of("a", "b"));
        headers.put("x-custom", List.of("c"));
        headers.put("Empty", List.of());

        SignedRequest request = SignedRequest.buffered("GET", "/", null, headers, SignedRequest.EMPTY_PAYLOAD_SHA256);

        assertThat(request.headerValues("x-amz-date")).containsExactly("20261206T013000Z");
        assertThat(request.headerValues("x-custom")).containsExactly("a", "b", "c");
        assertThat(request.headerValues("empty")).isEmpty();
        assertThat(request.headers()).containsOnlyKeys("x-amz-date", "x-custom");
    }

    @Test
    void sha256HexIsTheLowerCaseHexDigest() {
        assertThat(SignedRequest.sha256Hex(new byte[0])).isEqualTo(SignedRequest.EMPTY_PAYLOAD_SHA256);
        assertThat(SignedRequest.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aBufferedRequestNeedsAHexPayloadHash() {
        assertThatThrownBy(() -> SignedRequest.buffered("GET", "/", null, Map.of(), null))
                .hasMessage("payloadSha256 == null");
        assertThatThrownBy(() -> SignedRequest.buffered("GET", "/", null, Map.of(), "UNSIGNED-PAYLOAD"))
                .hasMessage("not a hex SHA-256: UNSIGNED-PAYLOAD");
    }

    @Test
    void aStreamingRequestHasNoPayloadHash() {
        SignedRequest streaming = SignedRequest.streaming("POST", "/ingest", null, Map.of());

        assertThat(streaming.streaming()).isTrue();
        assertThat(streaming.payloadSha256()).isNull();
        assertThatThrownBy(
                        () -> new SignedRequest("POST", "/", null, Map.of(), SignedRequest.EMPTY_PAYLOAD_SHA256, true))
                .hasMessageStartingWith("a streaming request has no payload hash");
    }

    @Test
    void toStringShowsTheRequestLineAndHeaderNamesButNoHeaderValue() {
        SignedRequest request = SignedRequest.buffered(
                "GET",
                "/v1/registries",
                "limit=1",
                Map.of("Authorization", List.of("AWS4-HMAC-SHA256 Signature=abc"), "Host", List.of("h")),
                SignedRequest.EMPTY_PAYLOAD_SHA256);

        assertThat(request).hasToString("SignedRequest[GET /v1/registries?limit=1, headers=[authorization, host]]");
    }
}
