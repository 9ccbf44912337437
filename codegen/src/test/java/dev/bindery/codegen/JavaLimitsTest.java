package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.codegen.GeneratorOptions.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Objects Java cannot express as a record: more properties than a constructor has parameter slots, and
 * deprecated properties, which a record component cannot carry. The constructs {@code wide} and
 * {@code deprecated-member} compile and round-trip under {@code -Werror} in {@link ConstructRoundTripTest};
 * this pins the form each takes.
 */
class JavaLimitsTest {

    private static String source(String construct, String type) throws Exception {
        GeneratorOptions options = GeneratorOptions.defaults()
                .withStyle(Style.RECORDS)
                .withPackageName("test.c")
                .withSchemaName(construct)
                .withSchemaVersion("1");
        List<GeneratedFile> files = Generator.generate(
                JsonValues.MAPPER.writeValueAsString(
                        ConstructRoundTripTest.construct(construct).get("schema")),
                options);
        return files.stream()
                .filter(f -> f.relativePath().endsWith("/" + type + ".java"))
                .findFirst()
                .orElseThrow()
                .content();
    }

    @Test
    void anObjectPastTheConstructorsParameterSlotsIsABeanWithFluentSetters() throws Exception {
        String wide = source("wide", "Wide");
        assertThat(wide).contains("public final class Wide").doesNotContain("record Wide");
        assertThat(wide).contains("public Wide f299(String f299)");
    }

    @Test
    void aDeprecatedPropertyOfARecordIsMarkedOnItsAccessor() throws Exception {
        String member = source("deprecated-member", "Member");
        assertThat(member).contains("record Member");
        assertThat(member).containsPattern("@Deprecated\\s+public String old\\(\\)");
        assertThat(member).containsPattern("@Deprecated\\s+public List<String> tags\\(\\)");
        assertThat(member).doesNotContainPattern("@Deprecated\\s+@JsonProperty");
    }
}
