package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cadence rule on its own: quiet period, a window doubling per version in a row, the streak's reset. */
class VersionCadenceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final VersionCadence cadence =
            new VersionCadence(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofHours(1));

    @Test
    void theWindowDoublesWithEachVersionInARowUpToTheMaximum() {
        assertThat(cadence.windowAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(cadence.windowAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(cadence.windowAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(cadence.windowAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(cadence.windowAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aChangeIsDueWhenTheSourceFellQuietOrTheWindowPassed() {
        VersionCadence.Timing learningNow = new VersionCadence.Timing(T0.plusSeconds(30), T0, 1);
        assertThat(cadence.due(T0.plusSeconds(34), learningNow, T0))
                .as("still learning, inside the window")
                .isFalse();
        assertThat(cadence.due(T0.plusSeconds(35), learningNow, T0))
                .as("quiet for 5 s")
                .isTrue();

        VersionCadence.Timing steady = new VersionCadence.Timing(T0.plusSeconds(119), T0, 2);
        assertThat(cadence.due(T0.plusSeconds(119), steady, T0))
                .as("never quiet, second window of 2 min")
                .isFalse();
        assertThat(cadence.due(T0.plusSeconds(120), steady, T0)).isTrue();
    }

    @Test
    void aVersionAfterALongPauseStartsTheStreakAgain() {
        assertThat(cadence.streakAfter(T0, null, 0)).isEqualTo(1);
        assertThat(cadence.streakAfter(T0.plusSeconds(61), T0, 1)).isEqualTo(2);
        assertThat(cadence.streakAfter(T0.plus(Duration.ofHours(1)), T0, 6)).isEqualTo(1);
    }

    @Test
    void aSteadySourceWhoseDocumentKeepsChangingGetsSixVersionsInItsFirstHour() {
        Instant versionedAt = T0;
        int streak = 1;
        int versions = 1;
        for (Instant now = T0; now.isBefore(T0.plus(Duration.ofHours(1))); now = now.plusSeconds(1)) {
            // an event every second (never quiet), and every event changes the document
            if (cadence.due(now, new VersionCadence.Timing(now, versionedAt, streak), versionedAt)) {
                streak = cadence.streakAfter(now, versionedAt, streak);
                versionedAt = now;
                versions++;
            }
        }
        assertThat(versions).as("at 0, 1, 3, 7, 15 and 31 minutes").isEqualTo(6);
    }
}
