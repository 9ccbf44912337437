package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {
    static final String SCHEMA = """
            {"title":"Reading","type":"object","required":["value"],
             "properties":{"value":{"type":"number"},"tags":{"type":"array","items":{"type":"string"}}}}
            """;

    @Test
    void doubleNumbersCompileAndRoundTripValuesWithinDoublePrecision() {
        GeneratorOptions options =
                GeneratorOptions.defaults().withPackageName("o.d").withNumbers(GeneratorOptions.Numbers.DOUBLE);
        List<GeneratedFile> files = Generator.generate(SCHEMA, options);
        assertThat(content(files, "o/d/Reading.java")).contains("@JsonProperty(\"value\") double value");
        CompiledBinding binding = CompiledBinding.compile(files, 17);
        String json = "{\"value\":0.25,\"tags\":[\"a\"]}";
        assertThat(JsonValues.equal(
                        JsonValues.parse(json), JsonValues.parse(binding.roundTrip(json, binding.load("o.d.Reading")))))
                .isTrue();
    }

    @Test
    void recordsCopyCollectionsIntoUnmodifiableOnes() throws Exception {
        List<GeneratedFile> files =
                Generator.generate(SCHEMA, GeneratorOptions.defaults().withPackageName("o.r"));
        CompiledBinding binding = CompiledBinding.compile(files, 17);
        Object reading = binding.unmarshal("{\"value\":1,\"tags\":[\"a\"]}", binding.load("o.r.Reading"));
        Object tags = reading.getClass().getMethod("tags").invoke(reading);
        assertThatThrownBy(() -> ((List<?>) tags).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidOptionsAreRejectedWithTheirValue() {
        assertThatThrownBy(() -> GeneratorOptions.defaults().withPackageName("com.example.class"))
                .hasMessage("not a valid package name: com.example.class");
        assertThatThrownBy(() -> GeneratorOptions.defaults().withRootClassName("1Root"))
                .hasMessage("not a valid class name: 1Root");
    }

    @Test
    void rootClassNameOverridesTheTitle() {
        List<GeneratedFile> files = Generator.generate(
                SCHEMA, GeneratorOptions.defaults().withPackageName("o.n").withRootClassName("Measurement"));
        assertThat(files)
                .extracting(GeneratedFile::relativePath)
                .contains("o/n/Measurement.java")
                .doesNotContain("o/n/Reading.java");
    }

    private static String content(List<GeneratedFile> files, String path) {
        return files.stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .orElseThrow()
                .content();
    }
}
