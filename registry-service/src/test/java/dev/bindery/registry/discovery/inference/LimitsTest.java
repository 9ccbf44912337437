package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private static String nested(int levels, String innermost) {
        StringBuilder b = new StringBuilder(levels * 8 + innermost.length());
        for (int i = 0; i < levels; i++) {
            b.append("{\"a\":");
        }
        b.append(innermost);
        b.append("}".repeat(levels));
        return b.toString();
    }

    @Test
    void aHundredThousandLevelsDeepDoesNotOverflowTheStack() {
        String deep = nested(100_000, "1");
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        acc.add(deep, Instant.EPOCH);
        acc.add(deep, Instant.EPOCH);

        ShapeSnapshot s = acc.snapshot();
        assertThat(s.eventCount()).isEqualTo(2);
        assertThat(s.toOpenApi()).contains("\"openapi\": \"3.0.0\"");
        assertThat(ShapeSnapshot.fromJson(s.toJson())).isEqualTo(s);
        // 255 objects are descended into; the one at level 256 is counted, its content skipped
        assertThat(s.fields()).hasSize(InferenceRules.MAX_DEPTH + 1);
        assertThat(s.fields().get(InferenceRules.MAX_DEPTH).typeCounts())
                .isEqualTo(java.util.Map.of(JsonType.OBJECT, 2L));
        assertThat(s.toJson()).contains("\"truncated\":true");
    }

    @Test
    void aHundredThousandNestedArraysAreSkippedIteratively() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        acc.add(deep, Instant.EPOCH);
        assertThat(acc.snapshot().toOpenApi()).contains("\"type\": \"array\"");
    }

    @Test
    void contentBeyondTheDepthLimitIsNotInferred() {
        ShapeSnapshot atLimit = Events.samples(nested(InferenceRules.MAX_DEPTH, "{\"leaf\":1}"));
        ShapeSnapshot belowLimit = Events.samples(nested(InferenceRules.MAX_DEPTH - 1, "{\"leaf\":1}"));

        assertThat(belowLimit.toJson()).contains("\"leaf\"").doesNotContain("truncated");
        assertThat(atLimit.toJson()).doesNotContain("\"leaf\"").contains("\"truncated\":true");
    }

    @Test
    void deepDocumentsRenderWithinJacksonsDefaultNestingLimit() throws Exception {
        String doc = Events.samples("[".repeat(300) + "1" + "]".repeat(300)).toOpenApi();
        // a default-configured mapper (nesting limit 1000) can read the document back
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(doc)
                        .path("openapi")
                        .asText())
                .isEqualTo("3.0.0");
    }

    @Test
    void theDocumentStaysWithinTheNestingItIsGivenAndWritesDeeperPositionsAsAnyValue() throws Exception {
        ShapeSnapshot shape = Events.samples(
                "{\"deep\":" + "[".repeat(200) + "\"leaf\"" + "]".repeat(200) + ",\"mixed\":[[[1,\"a\"],[true]]]}");
        for (int limit : new int[] {40, 100, 150}) {
            JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(shape.toOpenApi(limit));
            assertThat(depth(doc))
                    .as("limit %d", limit)
                    .isLessThanOrEqualTo(limit)
                    .isGreaterThan(limit - 4);
        }
        JsonNode full = new com.fasterxml.jackson.databind.ObjectMapper().readTree(shape.toOpenApi(1000));
        assertThat(full.toString())
                .as("within a generous limit the leaf is described")
                .contains("\"type\":\"string\"");
        assertThat(depth(full)).isGreaterThan(200);
    }

    /** Nesting as the registry's content limit counts it: scalars and empty containers are one level. */
    private static int depth(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node) {
            deepest = Math.max(deepest, depth(child));
        }
        return 1 + deepest;
    }

    @Test
    void aMalformedEventIsRejectedAndLeavesTheShapeUnchanged() {
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        acc.add("{\"a\":1,\"b\":[\"x\"]}", Instant.EPOCH);
        ShapeSnapshot before = acc.snapshot();

        assertThatThrownBy(() -> acc.add("{\"a\":\"s\",\"c\":{\"d\":[1,2,", Instant.EPOCH))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> acc.add("{\"a\":2,\"new\":1} {}", Instant.EPOCH))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("after its JSON value");
        assertThatThrownBy(() -> acc.add("   ", Instant.EPOCH))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> acc.add("{\"b\":[1e5," + "9".repeat(2000) + "]}", Instant.EPOCH))
                .isInstanceOf(InvalidEventException.class);

        assertThat(acc.snapshot()).isEqualTo(before);
    }

    @Test
    void aKeyRepeatedInOneObjectIsRejected() {
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        acc.add("{\"a\":1,\"o\":{\"b\":1}}", Instant.EPOCH);
        ShapeSnapshot before = acc.snapshot();

        assertThatThrownBy(() -> acc.add("{\"a\":1,\"o\":{\"b\":1,\"b\":2}}", Instant.EPOCH))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("repeats the key \"b\"");
        assertThat(acc.snapshot()).isEqualTo(before);
        // the same key in sibling objects (array elements) is not a repetition
        acc.add("{\"a\":2,\"o\":{\"b\":1},\"l\":[{\"b\":1},{\"b\":2}]}", Instant.EPOCH);
        assertThat(acc.eventCount()).isEqualTo(2);
    }

    @Test
    void aMalformedEventDoesNotTipAnObjectIntoMapMode() {
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        acc.add("{\"o\":{\"a\":1}}", Instant.EPOCH);
        ShapeSnapshot before = acc.snapshot();
        StringBuilder wide = new StringBuilder("{\"o\":{");
        for (int i = 0; i < 200; i++) {
            wide.append('"').append("k").append(i).append("\":1,");
        }
        wide.append("oops}");
        assertThatThrownBy(() -> acc.add(wide.toString(), Instant.EPOCH)).isInstanceOf(InvalidEventException.class);
        assertThat(acc.snapshot()).isEqualTo(before);
    }
}
