package dev.bindery.registry.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Event times read directly mean what {@code OffsetDateTime.parse} reads, and what it refuses is refused. */
class Rfc3339Test {

    private static final String[] OFFSETS = {
        "Z",
        "+00:00",
        "+02:00",
        "-05:30",
        "+18:00",
        "-18:00",
        "+18:30",
        "+19:00",
        "z",
        "+0200",
        "+02:00:30",
        "-7:00",
        ""
    };
    private static final String[] FRACTIONS = {
        "", ".1", ".12", ".123", ".123456", ".123456789", ".1234567891", ".", ".x"
    };

    @Property(tries = 3000)
    void readsWhatOffsetDateTimeReads(
            @ForAll @IntRange(min = 0, max = 9999) int year,
            @ForAll @IntRange(min = 0, max = 13) int month,
            @ForAll @IntRange(min = 0, max = 32) int day,
            @ForAll @IntRange(min = 0, max = 24) int hour,
            @ForAll @IntRange(min = 0, max = 60) int minute,
            @ForAll @IntRange(min = 0, max = 61) int second,
            @ForAll @IntRange(min = 0, max = 8) int fraction,
            @ForAll @IntRange(min = 0, max = 12) int offset) {
        String text = String.format(
                "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
                year, month, day, hour, minute, second, FRACTIONS[fraction], OFFSETS[offset]);
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Rfc3339.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(Rfc3339.parse(text)).as(text).isEqualTo(expected);
    }

    @Test
    void otherFormsGoToTheGeneralParser() {
        assertThat(Rfc3339.parse("2026-01-01t10:00:00z")).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(Rfc3339.parse("2026-01-01T10:00Z")).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(Rfc3339.parse("2024-02-29T23:59:59.5-01:00")).isEqualTo(Instant.parse("2024-03-01T00:59:59.5Z"));
        assertThatThrownBy(() -> Rfc3339.parse("2023-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Rfc3339.parse("2026-01-01 10:00:00Z")).isInstanceOf(DateTimeParseException.class);
    }
}
