package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MergePropertiesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** Events with their event times (seconds after T0). */
    record Timed(String json, int second) {}

    @Provide
    Arbitrary<List<Timed>> events() {
        return Arbitraries.longs()
                .map(RandomEvents::event)
                .flatMap(json -> Arbitraries.integers().between(0, 10_000).map(s -> new Timed(json, s)))
                .list()
                .ofMaxSize(25);
    }

    @Property(tries = 200)
    void anyPermutationGivesTheSameSnapshotAndDocument(@ForAll("events") List<Timed> events, @ForAll Random random) {
        List<Timed> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);

        ShapeSnapshot inOrder = fold(events);
        ShapeSnapshot permuted = fold(shuffled);

        assertThat(permuted).isEqualTo(inOrder);
        assertThat(permuted.toJson()).isEqualTo(inOrder.toJson());
        assertThat(permuted.toOpenApi()).isEqualTo(inOrder.toOpenApi());
    }

    @Property(tries = 200)
    void mergingTwoPartialStatesEqualsFoldingAllEvents(
            @ForAll("events") List<Timed> events, @ForAll @IntRange(max = 25) int split) {
        int at = Math.min(split, events.size());
        ShapeSnapshot left = fold(events.subList(0, at));
        ShapeSnapshot right = fold(events.subList(at, events.size()));
        ShapeSnapshot all = fold(events);

        assertThat(left.merge(right)).isEqualTo(all);
        assertThat(right.merge(left)).isEqualTo(all);
        assertThat(left.merge(right).toOpenApi()).isEqualTo(all.toOpenApi());
    }

    @Property(tries = 100)
    void mergeIsAssociative(
            @ForAll("events") List<Timed> a, @ForAll("events") List<Timed> b, @ForAll("events") List<Timed> c) {
        ShapeSnapshot x = fold(a);
        ShapeSnapshot y = fold(b);
        ShapeSnapshot z = fold(c);
        assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
    }

    @Property(tries = 200)
    void persistedFormRoundTripsLosslessly(@ForAll("events") List<Timed> events) {
        ShapeSnapshot snapshot = fold(events);
        ShapeSnapshot restored = ShapeSnapshot.fromJson(snapshot.toJson());

        assertThat(restored).isEqualTo(snapshot);
        assertThat(restored.toOpenApi()).isEqualTo(snapshot.toOpenApi());
        assertThat(restored.fields()).isEqualTo(snapshot.fields());
        // folding more events into the restored state behaves as if nothing had been persisted
        ShapeAccumulator resumed = ShapeAccumulator.resume(restored);
        ShapeAccumulator original = ShapeAccumulator.resume(snapshot);
        for (Timed e : events) {
            resumed.add(e.json(), T0.plusSeconds(e.second()));
            original.add(e.json(), T0.plusSeconds(e.second()));
        }
        assertThat(resumed.snapshot()).isEqualTo(original.snapshot());
    }

    private static ShapeSnapshot fold(List<Timed> events) {
        ShapeAccumulator acc = ShapeAccumulator.forEnvelope("test.source", "Random Event");
        for (Timed e : events) {
            acc.add(e.json(), T0.plusSeconds(e.second()));
        }
        return acc.snapshot();
    }
}
