package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The envelope's time text is what {@code ISO_INSTANT} writes, for every instant. */
class EnvelopeTimesTest {

    @Property(tries = 2000)
    void writesWhatIsoInstantWrites(
            @ForAll @LongRange(min = -70_000_000_000L, max = 300_000_000_000L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
            @ForAll @IntRange(min = 0, max = 3) int granularity) {
        int rounded = switch (granularity) {
            case 0 -> 0;
            case 1 -> nano / 1_000_000 * 1_000_000;
            case 2 -> nano / 1_000 * 1_000;
            default -> nano;
        };
        Instant time = Instant.ofEpochSecond(seconds, rounded);
        assertThat(EnvelopeTimes.format(time)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(time));
    }
}
