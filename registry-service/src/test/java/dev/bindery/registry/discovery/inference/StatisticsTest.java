package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void keepsPresenceTypeCountsAndFirstAndLastSeenPerField() {
        ShapeAccumulator acc = ShapeAccumulator.forEnvelope("shop", "Order Placed");
        acc.add("{\"detail\":{\"a\":1,\"b\":null}}", FEB);
        acc.add("{\"detail\":{\"a\":2.5}}", MAR);
        acc.add("{\"detail\":{\"a\":\"x\",\"l\":[1,2,3]}}", JAN);
        ShapeSnapshot s = acc.snapshot();

        assertThat(s.eventCount()).isEqualTo(3);
        assertThat(s.firstSeen()).contains(JAN);
        assertThat(s.lastSeen()).contains(MAR);
        assertThat(s.fields())
                .extracting(FieldStatistics::path)
                .containsExactly("", "/detail", "/detail/a", "/detail/b", "/detail/l", "/detail/l/[]");

        FieldStatistics a = s.fields().get(2);
        assertThat(a.presentCount()).isEqualTo(3);
        assertThat(a.parentObjectCount()).isEqualTo(3);
        assertThat(a.required()).isTrue();
        assertThat(a.typeCounts()).isEqualTo(Map.of(JsonType.INTEGER, 1L, JsonType.NUMBER, 1L, JsonType.STRING, 1L));
        assertThat(a.firstSeen()).isEqualTo(JAN);
        assertThat(a.lastSeen()).isEqualTo(MAR);

        assertThat(a.stringValues()).containsExactly("x");
        assertThat(a.manyStringValues()).isFalse();
        assertThat(a.stringFormats()).isEmpty();

        FieldStatistics b = s.fields().get(3);
        assertThat(b.presentCount()).isEqualTo(1);
        assertThat(b.required()).isFalse();
        assertThat(b.typeCounts()).isEqualTo(Map.of(JsonType.NULL, 1L));
        assertThat(b.firstSeen()).isEqualTo(FEB).isEqualTo(b.lastSeen());

        FieldStatistics items = s.fields().get(5);
        assertThat(items.presentCount()).isEqualTo(3);
        assertThat(items.typeCounts()).isEqualTo(Map.of(JsonType.INTEGER, 3L));
    }

    @Test
    void keepsStringFormatsAndSmallValueSets() {
        ShapeSnapshot s = Events.samples(
                "{\"d\":\"2026-01-01\",\"n\":\"" + "long ".repeat(20) + "\"}",
                "{\"d\":\"2026-01-02\",\"n\":\"short\"}");
        FieldStatistics d = s.fields().get(1);
        FieldStatistics n = s.fields().get(2);
        assertThat(d.path()).isEqualTo("/d");
        assertThat(d.stringFormats()).containsExactly(StringFormat.DATE);
        assertThat(d.stringValues()).containsExactly("2026-01-01", "2026-01-02");
        assertThat(n.stringValues()).isEmpty();
        assertThat(n.manyStringValues()).isTrue();
    }

    @Test
    void anEmptyShapeHasNoFieldsAndNoTimes() {
        ShapeSnapshot empty = ShapeSnapshot.empty("shop", "Order Placed");
        assertThat(empty.eventCount()).isZero();
        assertThat(empty.firstSeen()).isEmpty();
        assertThat(empty.fields()).isEmpty();
        assertThat(ShapeSnapshot.fromJson(empty.toJson())).isEqualTo(empty);
    }

    @Test
    void memoryStaysBoundedHoweverManyDistinctValuesAndKeysArrive() {
        ShapeAccumulator acc = ShapeAccumulator.forEnvelope("shop", "Order Placed");
        int persistedAfterWarmUp = 0;
        for (int i = 0; i < 20_000; i++) {
            String id = UUID.nameUUIDFromBytes(Integer.toString(i).getBytes()).toString();
            acc.add(
                    "{\"detail\":{\"id\":\"" + id + "\",\"name\":\"customer " + i + "\",\"byKey\":{\"key" + i + "\":"
                            + i + "},\"list\":[\"v" + i + "\"]}}",
                    JAN.plusSeconds(i));
            if (i == 999) {
                persistedAfterWarmUp = acc.snapshot().toJson().length();
            }
        }
        int persistedAtEnd = acc.snapshot().toJson().length();
        // only the digits of counters and timestamps may differ
        assertThat(persistedAtEnd).isBetween(persistedAfterWarmUp, persistedAfterWarmUp + 40);
        assertThat(acc.snapshot().toOpenApi()).contains("additionalProperties");
    }

    @Test
    void persistedFormIsCompactSortedAndReadable() {
        ShapeSnapshot s = Events.envelope("shop", "Order Placed", "{\"b\":\"NEW\",\"a\":[1.5,null]}");
        assertThat(s.toJson())
                .isEqualTo("{\"version\":1,\"source\":\"shop\",\"detailType\":\"Order Placed\","
                        + "\"root\":{\"first\":\"2026-01-01T00:00:00Z\",\"last\":\"2026-01-01T00:00:00Z\",\"object\":1,"
                        + "\"properties\":{\"a\":{\"first\":\"2026-01-01T00:00:00Z\",\"last\":\"2026-01-01T00:00:00Z\","
                        + "\"array\":1,\"items\":{\"first\":\"2026-01-01T00:00:00Z\",\"last\":\"2026-01-01T00:00:00Z\","
                        + "\"null\":1,\"number\":1}},\"b\":{\"first\":\"2026-01-01T00:00:00Z\",\"last\":\"2026-01-01T00:00:00Z\","
                        + "\"string\":1,\"formats\":[],\"values\":[\"NEW\"]}}}}");
    }

    @Test
    void parsedTreesFoldExactlyLikeBytes() throws Exception {
        ShapeAccumulator fromBytes = ShapeAccumulator.forSamples();
        ShapeAccumulator fromTrees = ShapeAccumulator.forSamples();
        for (long seed = 0; seed < 200; seed++) {
            String event = RandomEvents.event(seed);
            fromBytes.add(event, JAN.plusSeconds(seed));
            fromTrees.add(Json.MAPPER.readTree(event), JAN.plusSeconds(seed));
        }
        assertThat(fromTrees.snapshot()).isEqualTo(fromBytes.snapshot());
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheAccumulatorMovesOn() {
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        acc.add("{\"a\":1}", JAN);
        ShapeSnapshot first = acc.snapshot();
        String before = first.toOpenApi();
        acc.add("{\"a\":\"x\",\"b\":{\"c\":1}}", FEB);
        acc.merge(first);

        assertThat(first.toOpenApi()).isEqualTo(before);
        assertThat(first.eventCount()).isEqualTo(1);
        assertThat(acc.eventCount()).isEqualTo(3);
    }

    @Test
    void rejectsTextThatIsNotAPersistedShape() {
        assertThatThrownBy(() -> ShapeSnapshot.fromJson("{\"version\":2,\"root\":{}}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("version 1");
        assertThatThrownBy(() -> ShapeSnapshot.fromJson("{\"version\":1,\"root\":{\"string\":-1}}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("\"string\" is not a count");
        assertThatThrownBy(() -> ShapeSnapshot.fromJson("{\"version\":1,\"root\":{\"string\":1,\"first\":\"x\"}}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("\"first\" is not an instant");
        assertThatThrownBy(() -> ShapeSnapshot.fromJson("[1"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesToMergeShapesOfDifferentEventKinds() {
        ShapeSnapshot a = ShapeSnapshot.empty("shop", "Order Placed");
        ShapeSnapshot b = ShapeSnapshot.empty("shop", "Order Paid");
        assertThatThrownBy(() -> a.merge(b))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Order Paid");
        assertThat(a.merge(ShapeSnapshot.empty("shop", "Order Placed"))).isEqualTo(a);
        assertThat(List.of(a)).containsExactly(ShapeSnapshot.fromJson(a.toJson()));
    }
}
