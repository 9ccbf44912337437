package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenAPI and JSON Schema documents written in YAML read like their JSON twins. */
class YamlTest {
    static final String OPENAPI = """
            openapi: 3.0.0
            info:
              title: Thing
              version: "1"
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    size: {type: number}
                    part:
                      $ref: 'parts.yaml#/components/schemas/Part'
            """;

    @Test
    void yamlFilesAndTheirReferencesAreRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("thing.yaml"), OPENAPI);
        Files.writeString(dir.resolve("parts.yaml"), """
                openapi: 3.1.0
                info: {title: Parts, version: "1"}
                components:
                  schemas:
                    Part:
                      type: object
                      properties:
                        weight: {type: number}
                """);
        List<GeneratedFile> files = Generator.generate(
                dir.resolve("thing.yaml"), GeneratorOptions.defaults().withPackageName("y"));
        assertThat(files).extracting(GeneratedFile::relativePath).contains("y/Thing.java", "y/Part.java");
        CompiledBinding binding = CompiledBinding.compile(files, 17);
        String json = "{\"name\":\"n\",\"size\":0.10,\"part\":{\"weight\":1E+3}}";
        assertThat(JsonValues.equal(
                        JsonValues.parse(json), JsonValues.parse(binding.roundTrip(json, binding.load("y.Thing")))))
                .isTrue();
    }

    @Test
    void yamlTextIsRecognisedAndItsErrorsSaySo() {
        assertThat(Generator.generate(
                        OPENAPI.replace("      $ref: 'parts.yaml#/components/schemas/Part'", "      type: object"),
                        GeneratorOptions.defaults().withPackageName("y")))
                .extracting(GeneratedFile::relativePath)
                .contains("y/Thing.java");
        assertThatThrownBy(() -> Generator.generate("openapi: [unclosed", GeneratorOptions.defaults()))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("not valid YAML");
    }
}
