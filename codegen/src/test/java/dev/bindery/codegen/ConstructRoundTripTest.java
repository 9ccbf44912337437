package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.GeneratorOptions.Style;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lossless contract on one golden schema per construct: generate, compile with
 * {@code -Xlint:all -Werror} for the style's release, unmarshal every valid sample with the generated
 * marshaller, marshal it back and compare as JSON values.
 */
class ConstructRoundTripTest {
    static final List<String> CONSTRUCTS = List.of(
            "scalars",
            "presence",
            "enums",
            "discriminated-union",
            "deduced-union",
            "scalar-union",
            "all-of",
            "maps",
            "arrays",
            "recursive",
            "const-default",
            "names",
            "docs",
            "openapi-eventbridge",
            "jsonschema-eventbridge",
            "openapi31-discriminator",
            "pointer-refs",
            "anchors",
            "recursive-ref",
            "tuples",
            "empty",
            "deprecated-member",
            "wide",
            "root-array",
            "root-any",
            "mixed-union",
            "untyped");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String construct : CONSTRUCTS) {
            cases.add(Arguments.of(construct, Style.RECORDS, Layout.BINDERY));
            cases.add(Arguments.of(construct, Style.CLASSES, Layout.BINDERY));
            cases.add(Arguments.of(construct, Style.CLASSES, Layout.EVENTBRIDGE));
        }
        return cases.stream();
    }

    static JsonNode construct(String name) {
        try (InputStream in = ConstructRoundTripTest.class.getResourceAsStream("/constructs/" + name + ".json")) {
            return JsonValues.MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0} as {1}, {2} layout")
    @MethodSource("cases")
    void everyValidSampleSurvivesARoundTrip(String name, Style style, Layout layout) throws Exception {
        JsonNode construct = construct(name);
        GeneratorOptions options = GeneratorOptions.defaults()
                .withStyle(style)
                .withLayout(layout)
                .withPackageName("test.c")
                .withSchemaName(name)
                .withSchemaVersion("1");
        List<GeneratedFile> files =
                Generator.generate(JsonValues.MAPPER.writeValueAsString(construct.get("schema")), options);
        CompiledBinding binding = CompiledBinding.compile(files, options.usesRecords() ? 17 : 8);
        String rootName = layout == Layout.EVENTBRIDGE && construct.has("rootEventBridge")
                ? construct.get("rootEventBridge").asText()
                : construct.get("root").asText();
        Class<?> root = binding.load("test.c." + rootName);
        List<JsonNode> samples = new ArrayList<>();
        construct.get("valid").forEach(samples::add);
        construct.path("tolerated").forEach(samples::add);
        assertThat(samples).isNotEmpty();
        for (JsonNode sample : samples) {
            String json = JsonValues.MAPPER.writeValueAsString(sample);
            Object value = construct.path("event").asBoolean()
                    ? binding.unmarshalEvent(json, root)
                    : binding.unmarshal(json, root);
            String back = binding.marshal(value);
            assertThat(JsonValues.equal(sample, JsonValues.parse(back)))
                    .as("%s round trip%n in:  %s%n out: %s", name, json, back)
                    .isTrue();
        }
    }
}
