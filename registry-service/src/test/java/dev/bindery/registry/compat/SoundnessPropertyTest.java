package dev.bindery.registry.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Soundness under STRICT, checked against a real validator (networknt, 2020-12): for random schema pairs (a random
 * schema and a randomly edited copy), whenever the diff calls the pair BACKWARD-compatible, every generated instance
 * valid under the old schema must be valid under the new one; FORWARD is the mirror. Instances are generated from
 * both schemas (so instances that only the new schema aims at are tried against the old one) and filtered by the
 * validator. A counterexample prints its seed, schemas and instance.
 */
class SoundnessPropertyTest {
    private static final JsonSchemaFactory VALIDATORS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaDiff DIFF = SchemaDiff.withDefaults();
    private static final int INSTANCES_PER_SCHEMA = 16;

    record Pair(long seed, JsonNode older, JsonNode newer) {}

    static Pair pair(long seed) {
        Random random = new Random(seed);
        RandomSchemas schemas = new RandomSchemas(random);
        JsonNode older = schemas.root();
        return new Pair(seed, older, schemas.mutate(older));
    }

    @Property(tries = 600)
    void backwardAndForwardVerdictsHoldForGeneratedInstances(@ForAll long seed) {
        Pair pair = pair(seed);
        List<Difference> differences = DIFF.between(pair.older(), pair.newer());
        boolean backward = differences.stream().noneMatch(d -> d.breaksBackward(CompatibilityPolicy.STRICT));
        boolean forward = differences.stream().noneMatch(d -> d.breaksForward(CompatibilityPolicy.STRICT));
        Statistics.label("judged")
                .collect(backward ? (forward ? "full" : "backward only") : forward ? "forward only" : "neither");
        if (!backward && !forward) {
            return;
        }
        JsonSchema oldValidator = VALIDATORS.getSchema(pair.older());
        JsonSchema newValidator = VALIDATORS.getSchema(pair.newer());
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (JsonNode instance : instances(pair, random)) {
            boolean validOld = oldValidator.validate(instance).isEmpty();
            boolean validNew = newValidator.validate(instance).isEmpty();
            if (backward && validOld) {
                assertThat(validNew)
                        .as(
                                "BACKWARD judged compatible, but %s is valid under old %s and not under new %s"
                                        + " (seed %d, differences %s)",
                                instance, pair.older(), pair.newer(), seed, differences)
                        .isTrue();
            }
            if (forward && validNew) {
                assertThat(validOld)
                        .as(
                                "FORWARD judged compatible, but %s is valid under new %s and not under old %s"
                                        + " (seed %d, differences %s)",
                                instance, pair.newer(), pair.older(), seed, differences)
                        .isTrue();
            }
        }
    }

    private static List<JsonNode> instances(Pair pair, Random random) {
        RandomInstances generator = new RandomInstances(random);
        List<JsonNode> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES_PER_SCHEMA; i++) {
            instances.add(generator.instance(pair.older(), pair.older(), 0));
            instances.add(generator.instance(pair.newer(), pair.newer(), 0));
        }
        instances.add(generator.any(2));
        return instances;
    }

    /** Guards against a vacuous property: enough pairs must be judged compatible, with instances valid under them. */
    @Example
    void aMeaningfulShareOfGeneratedPairsIsJudgedCompatibleAndExercised() {
        int pairs = 400;
        int backward = 0;
        int forward = 0;
        int differing = 0;
        long exercised = 0;
        for (long seed = 1; seed <= pairs; seed++) {
            Pair pair = pair(seed);
            List<Difference> differences = DIFF.between(pair.older(), pair.newer());
            boolean b = differences.stream().noneMatch(d -> d.breaksBackward(CompatibilityPolicy.STRICT));
            boolean f = differences.stream().noneMatch(d -> d.breaksForward(CompatibilityPolicy.STRICT));
            backward += b ? 1 : 0;
            forward += f ? 1 : 0;
            differing += pair.older().equals(pair.newer()) ? 0 : 1;
            if (b && !pair.older().equals(pair.newer())) {
                JsonSchema oldValidator = VALIDATORS.getSchema(pair.older());
                exercised += instances(pair, new Random(seed)).stream()
                        .filter(i -> oldValidator.validate(i).isEmpty())
                        .count();
            }
        }
        System.out.printf(
                "soundness pairs: %d, with differences %d, BACKWARD-compatible %d, FORWARD-compatible %d,"
                        + " old-valid instances checked on differing backward-compatible pairs %d%n",
                pairs, differing, backward, forward, exercised);
        assertThat(backward).as("backward-compatible pairs").isGreaterThan(pairs / 5);
        assertThat(forward).as("forward-compatible pairs").isGreaterThan(pairs / 5);
        assertThat(differing).as("pairs whose schemas differ").isGreaterThan(pairs * 3 / 4);
        assertThat(exercised)
                .as("instances exercised on differing compatible pairs")
                .isGreaterThan(1000);
    }
}
