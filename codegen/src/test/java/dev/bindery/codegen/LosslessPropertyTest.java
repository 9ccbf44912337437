package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.GeneratorOptions.Style;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The lossless contract, property-based: random schemas (objects, scalars, formats, enums, arrays,
 * references, discriminated and deduced unions, scalar unions, tuples, maps, allOf, nullable and optional properties, open, closed and typed
 * additional properties, awkward names) with random valid instances; every instance must survive
 * unmarshal → marshal unchanged as a JSON value, with code compiled under {@code -Werror}.
 */
class LosslessPropertyTest {
    @Provide
    Arbitrary<RandomSchemas.Case> cases() {
        return Arbitraries.randomValue(random -> RandomSchemas.generate(new Random(random.nextLong())));
    }

    @Property(tries = 25)
    void recordsKeepEveryValidInstance(@ForAll("cases") RandomSchemas.Case c) throws Exception {
        check(c, GeneratorOptions.defaults().withPackageName("gen.r"));
    }

    @Property(tries = 15)
    void beansKeepEveryValidInstance(@ForAll("cases") RandomSchemas.Case c) throws Exception {
        check(c, GeneratorOptions.defaults().withPackageName("gen.c").withStyle(Style.CLASSES));
    }

    @Property(tries = 8)
    void eventBridgeBindingsKeepEveryValidInstance(@ForAll("cases") RandomSchemas.Case c) throws Exception {
        check(c, GeneratorOptions.defaults().withPackageName("gen.e").withLayout(Layout.EVENTBRIDGE));
    }

    private static void check(RandomSchemas.Case c, GeneratorOptions options) throws Exception {
        List<GeneratedFile> files = Generator.generate(JsonValues.MAPPER.writeValueAsString(c.schema()), options);
        CompiledBinding binding = CompiledBinding.compile(files, options.usesRecords() ? 17 : 8);
        Class<?> root = binding.load(options.packageName() + ".Root");
        for (JsonNode instance : c.instances()) {
            String json = JsonValues.MAPPER.writeValueAsString(instance);
            String back = binding.roundTrip(json, root);
            assertThat(JsonValues.equal(instance, JsonValues.parse(back)))
                    .as("schema %s%n in:  %s%n out: %s", c.schema(), json, back)
                    .isTrue();
        }
    }
}
