package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Schemas.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiffLimitsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** properties/a/properties/a/... {@code depth} levels deep, built without recursion. */
    static ObjectNode nested(int depth, String leafType) {
        ObjectNode root = NODES.objectNode();
        ObjectNode current = root;
        for (int i = 0; i < depth; i++) {
            ObjectNode child = NODES.objectNode();
            current.put("type", "object").putObject("properties").set("a", child);
            current = child;
        }
        current.put("type", leafType);
        return root;
    }

    @Test
    void aHundredThousandLevelsDeepIsRefusedWithoutOverflowingTheStack() {
        JsonNode older = nested(100_000, "string");
        JsonNode newer = nested(100_000, "integer");
        assertThatThrownBy(() -> SchemaDiff.withDefaults().between(older, newer))
                .isInstanceOf(SchemaTooComplexException.class)
                .hasMessageContaining("maxDepth (64)")
                .hasMessageContaining("/properties/a/properties/a");
    }

    @Test
    void identicalDeepDocumentsAreComparedWithoutRecursion() {
        assertThat(SchemaDiff.withDefaults().between(nested(100_000, "string"), nested(100_000, "string")))
                .isEmpty();
    }

    @Test
    void nestingWithinTheDepthLimitIsCompared() {
        assertThat(SchemaDiff.withDefaults().between(nested(50, "string"), nested(50, "integer")))
                .singleElement()
                .extracting(Difference::kind)
                .isEqualTo(DifferenceKind.TYPE_CHANGED);
    }

    @Test
    void tooManyBranchesAreRefused() {
        StringBuilder branches = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            branches.append(i == 0 ? "" : ",").append("{'const':").append(i).append('}');
        }
        JsonNode schema = json("{'properties':{'x':{'oneOf':[" + branches + "]}}}");
        JsonNode other = json("{'properties':{'x':{'oneOf':[" + branches + ",{'const':'z'}]}}}");
        assertThatThrownBy(() -> SchemaDiff.withDefaults().between(schema, other))
                .isInstanceOf(SchemaTooComplexException.class)
                .satisfies(
                        e -> assertThat(((SchemaTooComplexException) e).limit()).isEqualTo("maxBranches"))
                .hasMessageContaining("/properties/x/oneOf");
    }

    @Test
    void exponentialWorkIsRefusedByTheComparisonBudget() {
        // Each level is an anyOf of two references to the next level: branch matching compares 4 pairs per level.
        StringBuilder defs = new StringBuilder();
        int levels = 20;
        for (int i = 0; i < levels; i++) {
            defs.append("'L")
                    .append(i)
                    .append("':{'anyOf':[{'$ref':'#/$defs/L")
                    .append(i + 1)
                    .append("'},{'type':'object','properties':{'n':{'$ref':'#/$defs/L")
                    .append(i + 1)
                    .append("'}}}]},");
        }
        String older = "{'$ref':'#/$defs/L0','$defs':{" + defs + "'L" + levels + "':{'type':'string'}}}";
        String newer = older.replace("'L" + levels + "':{'type':'string'}", "'L" + levels + "':{'type':'integer'}");
        assertThatThrownBy(() -> SchemaDiff.withDefaults().between(json(older), json(newer)))
                .isInstanceOf(SchemaTooComplexException.class)
                .hasMessageContaining("maxComparisons (200000)");
    }

    @Test
    void aPathologicalSchemaIsJudgedOrRefusedQuickly() {
        JsonNode older = Pathological.schema(1000, 55, 40, false);
        JsonNode newer = Pathological.schema(1000, 55, 40, true);
        long start = System.nanoTime();
        try {
            assertThat(SchemaDiff.withDefaults().between(older, newer)).isNotEmpty();
        } catch (SchemaTooComplexException refused) {
            assertThat(refused.limit()).isIn("maxComparisons", "maxDepth", "maxBranches");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new DiffLimits(0, 1, 1)).hasMessageContaining("maxComparisons < 1");
    }
}
