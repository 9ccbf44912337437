package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** String enums tolerate values added later: unknown values are read, kept and written back. */
class OpenEnumTest {
    static final String SCHEMA = """
            {"title":"Shipment","type":"object","properties":{"status":{"enum":["NEW","SHIPPED"]}}}
            """;

    @Test
    void unknownValuesAreKeptAndKnownValuesAreTheConstants() throws Exception {
        for (GeneratorOptions.Style style : GeneratorOptions.Style.values()) {
            GeneratorOptions options = GeneratorOptions.defaults()
                    .withPackageName("e." + style.name().toLowerCase())
                    .withStyle(style);
            CompiledBinding binding =
                    CompiledBinding.compile(Generator.generate(SCHEMA, options), options.usesRecords() ? 17 : 8);
            Class<?> status = binding.load(options.packageName() + ".Status");
            Method of = status.getMethod("of", String.class);
            Object known = of.invoke(null, "SHIPPED");
            Object unknown = of.invoke(null, "LOST_IN_SPACE");
            assertThat(known).isSameAs(status.getField("SHIPPED").get(null));
            assertThat(status.getMethod("isKnown").invoke(known)).isEqualTo(true);
            assertThat(status.getMethod("isKnown").invoke(unknown)).isEqualTo(false);
            assertThat(status.getMethod("value").invoke(unknown)).isEqualTo("LOST_IN_SPACE");
            assertThat(unknown).isEqualTo(of.invoke(null, "LOST_IN_SPACE"));
            List<?> knownValues = (List<?>) status.getMethod("knownValues").invoke(null);
            assertThat(knownValues).isEqualTo(List.of(status.getField("NEW").get(null), known));
            String json = "{\"status\":\"LOST_IN_SPACE\"}";
            assertThat(binding.roundTrip(json, binding.load(options.packageName() + ".Shipment")))
                    .isEqualTo(json);
        }
    }
}
