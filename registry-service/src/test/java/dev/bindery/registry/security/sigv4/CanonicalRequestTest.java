package dev.bindery.registry.security.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canonical request rebuilt from a raw path, a raw query and headers, as botocore and the SDK sign it. */
class CanonicalRequestTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/v1/registries/name/r/schemas/name/a%40B%20C | /v1/registries/name/r/schemas/name/a%2540B%2520C",
                "/a%2Fb/%C3%BC                               | /a%252Fb/%25C3%25BC",
                "/a@b:c!$'()*+,;=                            | /a%40b%3Ac%21%24%27%28%29%2A%2B%2C%3B%3D",
                "/-_.~azAZ09                                 | /-_.~azAZ09",
                "/ü                                          | /%C3%BC",
                "/                                           | /",
                "//a//b/                                     | /a/b/",
                "/a/./b/../c                                 | /a/c",
                "/a/b/.                                      | /a/b",
                "/a/b/..                                     | /a",
                "/a/..                                       | /",
                "/../a                                       | /a",
                "/trailing/                                  | /trailing/",
                "/%2E%2E/a                                   | /%252E%252E/a",
            })
    void theUriIsNormalisedAndEncodedOnceMore(String rawPath, String canonicalUri) {
        StringBuilder out = new StringBuilder();
        CanonicalRequest.appendUri(rawPath, out);

        assertThat(out).hasToString(canonicalUri);
    }

    @Test
    void anEmptyPathIsSlash() {
        StringBuilder out = new StringBuilder();
        CanonicalRequest.appendUri("", out);

        assertThat(out).hasToString("/");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "b=2&a=1&a=0                       | a=0&a=1&b=2",
                "a-b=1&a=2                         | a=2&a-b=1",
                "Z=1&a=1&_=1&~=1&-=1&.=1&0=1       | -=1&.=1&0=1&Z=1&_=1&a=1&~=1",
                "k=a%20b                           | k=a%20b",
                "k=a+b                             | k=a%20b",
                "k=a%2Bb                           | k=a%2Bb",
                "k=%7e&j=%7E                       | j=~&k=~",
                "k=%2f                             | k=%2F",
                "k=a@b:c                           | k=a%40b%3Ac",
                "k=é                               | k=%C3%A9",
                "k=100%                            | k=100%25",
                "k=%zz                             | k=%25zz",
                "k                                 | k=",
                "k=                                | k=",
                "k=1&&j=2&                         | j=2&k=1",
                "=x&k=1                            | k=1",
                "k=a=b                             | k=a%3Db",
                "keywords=a%20b%2Bc%26d%3De%C3%A9~ | keywords=a%20b%2Bc%26d%3De%C3%A9~",
            })
    void theQueryIsDecodedEncodedAndSorted(String rawQuery, String canonicalQuery) {
        StringBuilder out = new StringBuilder();
        CanonicalRequest.appendQuery(rawQuery, out);

        assertThat(out).hasToString(canonicalQuery);
    }

    @Test
    void noQueryIsAnEmptyLine() {
        StringBuilder none = new StringBuilder();
        CanonicalRequest.appendQuery(null, none);
        StringBuilder empty = new StringBuilder();
        CanonicalRequest.appendQuery("", empty);

        assertThat(none).isEmpty();
        assertThat(empty).isEmpty();
    }

    @Test
    void headerValuesAreTrimmedCollapsedAndJoined() {
        StringBuilder out = new StringBuilder();
        CanonicalRequest.appendHeaderValues(List.of("  a   b\t\tc  ", "", "d", " e  f "), out);

        assertThat(out).hasToString("a b c,,d,e f");
    }

    @Test
    void theCanonicalRequestIsTheLinesAwsDocuments() {
        SignedRequest request = SignedRequest.buffered(
                "GET",
                "/v1/registries/name/r/schemas/name/a%40B",
                "schemaVersion=1",
                Map.of(
                        "Host", List.of("127.0.0.1:8080"),
                        "X-Amz-Date", List.of("20261206T013000Z"),
                        "X-Custom", List.of("  one  two "),
                        "User-Agent", List.of("aws-cli/2")),
                SignedRequest.EMPTY_PAYLOAD_SHA256);

        assertThat(CanonicalRequest.of(
                        request, List.of("host", "x-amz-date", "x-custom"), SignedRequest.EMPTY_PAYLOAD_SHA256))
                .isEqualTo("""
                GET
                /v1/registries/name/r/schemas/name/a%2540B
                schemaVersion=1
                host:127.0.0.1:8080
                x-amz-date:20261206T013000Z
                x-custom:one two

                host;x-amz-date;x-custom
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
    }
}
