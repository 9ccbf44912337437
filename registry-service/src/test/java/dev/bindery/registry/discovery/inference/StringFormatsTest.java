package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFormatsTest {

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-01-31T23:59:60Z|date-time",
                "2024-02-29t00:00:00.123456+14:00|date-time",
                "2026-01-31|date",
                "2024-02-29|date",
                "23:59:59z|time",
                "00:00:00.5-08:00|time",
                "6A7E8FEB-b491-4cf7-a9f1-bf3703467718|uuid",
                "255.255.255.255|ipv4",
                "0.0.0.0|ipv4",
                "::|ipv6",
                "::1|ipv6",
                "fe80::1:2|ipv6",
                "1:2:3:4:5:6:7:8|ipv6",
                "::ffff:10.0.0.1|ipv6",
                "1::|ipv6",
                "first.last+tag@mail.example.co.uk|email",
                "https://example.com/a/b?c=d&e=%20#f|uri",
                "urn+x.y://host|uri",
            })
    void recognises(String value, String format) {
        assertThat(StringFormat.first(StringFormats.match(value, StringFormat.ALL))
                        .openApiName())
                .isEqualTo(format);
    }

    @ParameterizedTest(name = "{0} matches nothing")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-13-01",
                "2026-02-29",
                "2026-01-32",
                "2026-01-31 12:00:00Z",
                "2026-01-31T12:00:00",
                "2026-01-31T24:00:00Z",
                "12:00",
                "12:00:00",
                "12:00:00+1:00",
                "6a7e8feb-b491-4cf7-a9f1-bf370346771g",
                "6a7e8feb6b4914cf7-a9f1-bf3703467718",
                "256.1.1.1",
                "01.1.1.1",
                "1.1.1",
                "1:2:3:4:5:6:7:8:9",
                "1::2::3",
                "12345::1",
                ":1",
                "1:",
                "a@b",
                ".a@example.com",
                "a..b@example.com",
                "a@-example.com",
                "arn:aws:s3:::bucket",
                "localhost:8080",
                "https://exa mple.com",
                "https://x/%zz",
                "hello",
                "''",
            })
    void rejects(String value) {
        assertThat(StringFormats.match(value, StringFormat.ALL)).isZero();
    }
}
