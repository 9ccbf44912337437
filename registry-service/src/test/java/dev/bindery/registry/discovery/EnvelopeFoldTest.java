package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.discovery.inference.InvalidEventException;
import dev.bindery.registry.discovery.inference.RandomEvents;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Folding an event from its envelope's members and its detail ({@link ShapeAccumulator#addEnvelope}, the Kafka
 * tap's way) learns exactly what folding its assembled envelope learns (the journal's way): the same state, the
 * same document, the same refusals, and a refused event changes neither.
 */
class EnvelopeFoldTest {

    private static final String[] TEXTS = {
        "arn:aws:s3:::bucket",
        "é ü 漢字 🎉",
        "quote\"and\\backslash",
        "tab\tnewline\n",
        "2026-01-01T00:00:00Z",
        "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
        ""
    };

    @Property(tries = 50)
    void bothWaysLearnTheSame(@ForAll long seed) {
        Random random = new Random(seed);
        ShapeAccumulator fromEnvelope = ShapeAccumulator.forEnvelope("com.acme", "Order Placed");
        ShapeAccumulator fromMembers = ShapeAccumulator.forEnvelope("com.acme", "Order Placed");
        for (int i = 0; i < 40; i++) {
            BusEvent event = event(random, RandomEvents.event(random.nextLong()));
            fromEnvelope.add(event.envelope(), event.time());
            fromMembers.addEnvelope(event.envelopeMembers(), detail(event), event.time());
        }
        assertThat(fromMembers.snapshot()).isEqualTo(fromEnvelope.snapshot());
        assertThat(fromMembers.snapshot().toOpenApi())
                .isEqualTo(fromEnvelope.snapshot().toOpenApi());
    }

    @Test
    void detailsDeeperThanTheEngineFollowsAreCutAtTheSameLevel() {
        String deep = "{\"a\":".repeat(300) + "1" + "}".repeat(300);
        ShapeAccumulator fromEnvelope = ShapeAccumulator.forEnvelope("s", "d");
        ShapeAccumulator fromMembers = ShapeAccumulator.forEnvelope("s", "d");
        BusEvent event = event(new Random(1), deep);
        fromEnvelope.add(event.envelope(), event.time());
        fromMembers.addEnvelope(event.envelopeMembers(), detail(event), event.time());
        assertThat(fromMembers.snapshot()).isEqualTo(fromEnvelope.snapshot());
    }

    @Test
    void aRefusedDetailIsRefusedBothWaysAndChangesNothing() {
        ShapeAccumulator fromEnvelope = ShapeAccumulator.forEnvelope("s", "d");
        ShapeAccumulator fromMembers = ShapeAccumulator.forEnvelope("s", "d");
        Random random = new Random(7);
        BusEvent good = event(random, "{\"a\":1,\"b\":{\"c\":[1,\"x\"]}}");
        fromEnvelope.add(good.envelope(), good.time());
        fromMembers.addEnvelope(good.envelopeMembers(), detail(good), good.time());
        List<String> refused = List.of(
                "{\"a\":1,\"a\":2}", "{\"a\":{\"new\":1,\"new\":2}}", "{\"a\":1} {}", "{\"a\":", "{\"fresh\":[1,2", "");
        for (String detail : refused) {
            BusEvent bad = event(random, detail);
            assertThatThrownBy(() -> fromMembers.addEnvelope(bad.envelopeMembers(), detail(bad), bad.time()))
                    .as(detail)
                    .isInstanceOf(InvalidEventException.class);
        }
        assertThat(fromMembers.snapshot()).isEqualTo(fromEnvelope.snapshot());
    }

    private static BusEvent event(Random random, String detail) {
        List<String> resources = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            resources.add(TEXTS[random.nextInt(TEXTS.length)]);
        }
        long millis = 1_700_000_000_000L + random.nextInt(1_000_000) * (random.nextBoolean() ? 1000L : 1L);
        return new BusEvent(
                TEXTS[random.nextInt(TEXTS.length)],
                "default",
                "com.acme",
                "Order Placed",
                "123456789012",
                Instant.ofEpochMilli(millis),
                TEXTS[random.nextInt(TEXTS.length)],
                resources,
                detail);
    }

    private static byte[] detail(BusEvent event) {
        return event.detail().getBytes(StandardCharsets.UTF_8);
    }
}
