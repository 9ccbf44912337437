package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The enumeration rule against generated values: identifiers of the shapes real events carry never become an
 * enum, however often each was seen; a small set of code words does once each was seen ten times.
 */
class EnumPropertiesTest {

    private static final String HEX = "0123456789abcdef";
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Property(tries = 300)
    void identifiersAreNeverAnEnum(
            @ForAll("identifierSets") List<String> ids, @ForAll @IntRange(min = 10, max = 60) int timesEach) {
        assertThat(enumOf("ref", ids, timesEach))
                .as("%s seen %d times each", ids, timesEach)
                .isFalse();
    }

    @Property(tries = 200)
    void smallCodeSetsAreAnEnumOnceSeenTenTimes(
            @ForAll("codeSets") List<String> codes, @ForAll @IntRange(min = 10, max = 40) int timesEach) {
        assertThat(enumOf("status", codes, timesEach))
                .as("%s seen %d times each", codes, timesEach)
                .isTrue();
    }

    private static boolean enumOf(String field, List<String> values, int timesEach) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < timesEach; i++) {
            for (String v : values) {
                events.add("{\"" + field + "\":\"" + v + "\"}");
            }
        }
        try {
            return Json.MAPPER
                    .readTree(Events.samples(events).toOpenApi())
                    .path("components")
                    .path("schemas")
                    .path("Event")
                    .path("properties")
                    .path(field)
                    .has("enum");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<String>> identifierSets() {
        Arbitrary<String> prefixed = Combinators.combine(
                        Arbitraries.strings()
                                .withChars("abcdefghijklmnopqrstuvwxyz")
                                .ofMinLength(1)
                                .ofMaxLength(6),
                        Arbitraries.strings()
                                .withChars(HEX)
                                .ofMinLength(8)
                                .ofMaxLength(17)
                                .filter(s -> s.matches(".*\\d.*")))
                .as((prefix, id) -> prefix + "-" + id);
        Arbitrary<String> arns = Arbitraries.strings()
                .withChars("abcdefghij")
                .ofMinLength(3)
                .ofMaxLength(12)
                .map(name -> "arn:aws:iam::123456789012:role/" + name);
        Arbitrary<String> serials = Combinators.combine(
                        Arbitraries.of("RDS", "DMS", "EC2", "ORDER"),
                        Arbitraries.integers().between(0, 9999))
                .as((kind, n) -> kind + "-EVENT-" + String.format("%04d", n));
        Arbitrary<String> accessKeys = Arbitraries.strings()
                .withChars(UPPER_ALNUM)
                .ofLength(16)
                .filter(s -> s.matches(".*\\d.*"))
                .map(s -> "ASIA" + s);
        Arbitrary<String> measurements = Combinators.combine(
                        Arbitraries.doubles().between(0, 100).ofScale(1), Arbitraries.of("%", "MB", " GB", "ms"))
                .as((n, unit) -> n + unit);
        Arbitrary<String> id = Arbitraries.oneOf(prefixed, arns, serials, accessKeys, measurements);
        return id.list().ofMinSize(2).ofMaxSize(4).uniqueElements();
    }

    @Provide
    Arbitrary<List<String>> codeSets() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                .ofMinLength(2)
                .ofMaxLength(10);
        Arbitrary<String> code =
                Arbitraries.oneOf(word, Combinators.combine(word, word).as((a, b) -> a + "_" + b));
        return code.list().ofMinSize(2).ofMaxSize(5).uniqueElements();
    }
}
