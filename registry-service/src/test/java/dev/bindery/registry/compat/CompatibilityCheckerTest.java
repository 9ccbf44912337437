package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Schemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {
    private final CompatibilityChecker checker = new CompatibilityChecker(SchemaDiff.withDefaults());

    // v2 dropped "B" (registered under NONE); v3 adds "C": a superset of v2 but not of v1.
    private final List<VersionedSchema> chain = List.of(
            new VersionedSchema("1", json("{'enum':['A','B']}")), new VersionedSchema("2", json("{'enum':['A']}")));
    private final com.fasterxml.jackson.databind.JsonNode v3 = json("{'enum':['A','C']}");

    @Test
    void nonTransitiveModeChecksOnlyTheLatestVersion() {
        CompatibilityReport report = checker.check(chain, v3, CompatibilityMode.BACKWARD, CompatibilityPolicy.STRICT);
        assertThat(report.compatible()).isTrue();
        assertThat(report.checkedVersions()).containsExactly("2");
        assertThat(report.findings())
                .extracting(f -> f.difference().kind())
                .containsExactly(DifferenceKind.ENUM_EXTENDED);
    }

    @Test
    void transitiveModeChecksEveryVersionAndNamesTheOneBroken() {
        CompatibilityReport report =
                checker.check(chain, v3, CompatibilityMode.BACKWARD_TRANSITIVE, CompatibilityPolicy.STRICT);
        assertThat(report.compatible()).isFalse();
        assertThat(report.checkedVersions()).containsExactly("1", "2");
        assertThat(report.breaking()).singleElement().satisfies(f -> {
            assertThat(f.version()).isEqualTo("1");
            assertThat(f.difference().kind()).isEqualTo(DifferenceKind.ENUM_CHANGED);
        });
        assertThat(report.findings()).hasSize(2); // the non-breaking extension against v2 is listed too
    }

    @Test
    void forwardAndFullTransitiveModesCheckEveryVersion() {
        assertThat(checker.check(chain, v3, CompatibilityMode.FORWARD_TRANSITIVE, CompatibilityPolicy.STRICT)
                        .compatible())
                .isFalse();
        assertThat(checker.check(
                                chain,
                                json("{'enum':['A']}"),
                                CompatibilityMode.FORWARD_TRANSITIVE,
                                CompatibilityPolicy.STRICT)
                        .compatible())
                .isTrue();
        assertThat(checker.check(
                                chain,
                                json("{'enum':['A']}"),
                                CompatibilityMode.FULL_TRANSITIVE,
                                CompatibilityPolicy.STRICT)
                        .compatible())
                .isFalse();
        assertThat(checker.check(chain, json("{'enum':['A']}"), CompatibilityMode.FULL, CompatibilityPolicy.STRICT)
                        .compatible())
                .isTrue();
    }

    @Test
    void noneChecksNothingAndIsCompatible() {
        CompatibilityReport report =
                checker.check(chain, json("{'type':'integer'}"), CompatibilityMode.NONE, CompatibilityPolicy.STRICT);
        assertThat(report.compatible()).isTrue();
        assertThat(report.checkedVersions()).isEmpty();
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aFirstVersionIsCompatible() {
        assertThat(checker.check(List.of(), v3, CompatibilityMode.FULL_TRANSITIVE, CompatibilityPolicy.STRICT)
                        .compatible())
                .isTrue();
    }

    @Test
    void modesSayWhichDirectionsTheyCheck() {
        assertThat(CompatibilityMode.FULL_TRANSITIVE.transitive()).isTrue();
        assertThat(CompatibilityMode.FULL.transitive()).isFalse();
        assertThat(CompatibilityMode.BACKWARD.checksForward()).isFalse();
        assertThat(CompatibilityMode.FORWARD_TRANSITIVE.checksForward()).isTrue();
        assertThat(CompatibilityMode.NONE.checksBackward() || CompatibilityMode.NONE.checksForward())
                .isFalse();
    }

    @Test
    void messagesNameThePropertyAndTheChange() {
        var older =
                json("{'type':'object','properties':{'amount':{'type':'integer'},'currency':{'enum':['EUR','USD']}}}");
        var newer = json("{'type':'object','required':['currency'],'properties':{'amount':{'type':'string'},"
                + "'currency':{'enum':['USD']}}}");
        assertThat(SchemaDiff.withDefaults().between(older, newer))
                .extracting(Difference::message)
                .containsExactlyInAnyOrder(
                        "property \"amount\" changed type from integer to string",
                        "property \"currency\": enum lost values [\"EUR\"]",
                        "\"currency\" is now required");
    }

    @Test
    void pathsFollowReferencesAndEscapeNames() {
        var older = json("{'properties':{'detail':{'$ref':'#/definitions/Detail'}},'definitions':{'Detail':"
                + "{'properties':{'amount':{'type':'integer'},'a/b~c':{'type':'string'}}}}}");
        var newer = json("{'properties':{'detail':{'$ref':'#/$defs/Detail'}},'$defs':{'Detail':"
                + "{'properties':{'amount':{'type':'number'},'a/b~c':{'type':'integer'}}}}}");
        assertThat(SchemaDiff.withDefaults().between(older, newer))
                .extracting(Difference::path)
                .containsExactlyInAnyOrder(
                        "/properties/detail/properties/amount", "/properties/detail/properties/a~1b~0c");
    }

    @Test
    void lenientForgivesOnlyTheOptionalPropertyOnAnOpenModel() {
        Difference added = SchemaDiff.withDefaults()
                .between(json("{'type':'object'}"), json("{'type':'object','properties':{'note':{'type':'string'}}}"))
                .get(0);
        assertThat(added.kind()).isEqualTo(DifferenceKind.PROPERTY_ADDED);
        assertThat(added.effect()).isEqualTo(ChangeEffect.NARROWS);
        assertThat(added.lenientCompatible()).isTrue();
        assertThat(added.breaksBackward(CompatibilityPolicy.STRICT)).isTrue();
        assertThat(added.breaksBackward(CompatibilityPolicy.LENIENT)).isFalse();
        assertThat(added.breaks(CompatibilityMode.FULL, CompatibilityPolicy.LENIENT))
                .isFalse();
    }

    @Test
    void draft04IgnoresKeywordsNextToARefWhile2020AppliesThem() {
        String older = "{%s'properties':{'a':{'$ref':'#/definitions/S'}},'definitions':{'S':{'type':'string'}}}";
        String newer =
                "{%s'properties':{'a':{'$ref':'#/definitions/S','maxLength':3}},'definitions':{'S':{'type':'string'}}}";
        String draft4 = "'$schema':'http://json-schema.org/draft-04/schema#',";
        assertThat(SchemaDiff.withDefaults().between(json(older.formatted(draft4)), json(newer.formatted(draft4))))
                .isEmpty();
        assertThat(SchemaDiff.withDefaults().between(json(older.formatted("")), json(newer.formatted(""))))
                .extracting(Difference::kind)
                .containsExactly(DifferenceKind.MAX_LENGTH_TIGHTENED);
    }
}
