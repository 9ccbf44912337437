package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.GeneratorOptions.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generating twice gives byte-identical files, in the same order, for every construct and variant. */
class DeterminismTest {
    @Test
    void generatingTwiceGivesIdenticalBytes() throws Exception {
        for (String name : ConstructRoundTripTest.CONSTRUCTS) {
            String schema = JsonValues.MAPPER.writeValueAsString(
                    ConstructRoundTripTest.construct(name).get("schema"));
            for (Style style : Style.values()) {
                for (Layout layout : Layout.values()) {
                    GeneratorOptions options = GeneratorOptions.defaults()
                            .withStyle(style)
                            .withLayout(layout)
                            .withSchemaName(name);
                    List<GeneratedFile> first = Generator.generate(schema, options);
                    List<GeneratedFile> second = Generator.generate(schema, options);
                    assertThat(second).as("%s %s %s", name, style, layout).isEqualTo(first);
                    assertThat(first).isNotEmpty();
                }
            }
        }
    }

    @Test
    void outputHasNoTimestampsAndNamesTheSchemaVersion() {
        String schema = "{\"title\":\"Ping\",\"type\":\"object\",\"properties\":{\"at\":{\"type\":\"string\"}}}";
        List<GeneratedFile> files = Generator.generate(
                schema,
                GeneratorOptions.defaults()
                        .withPackageName("p")
                        .withSchemaName("app@Ping")
                        .withSchemaVersion("7"));
        GeneratedFile ping = files.stream()
                .filter(f -> f.relativePath().equals("p/Ping.java"))
                .findFirst()
                .orElseThrow();
        assertThat(ping.content()).contains("comments = \"schema app@Ping version 7, schema.json#\"");
        assertThat(ping.content()).doesNotContainPattern("date\\s*=");
    }
}
