package dev.bindery.maven.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.codegen.json.DocumentFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A local schema file is read as JSON or YAML by the same rule as the code generator reads it. */
class LocalSchemaTest {

    private static LocalSchema schema(String relativePath, String text) {
        return new LocalSchema(Path.of(relativePath), relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void yamlFilesAreSentAsJson() {
        LocalSchema yaml = schema("orders/Order.yml", "openapi: 3.0.0\ncomponents:\n  schemas: {}\n");
        assertThat(yaml.format()).isEqualTo(DocumentFormat.YAML);
        assertThat(yaml.jsonContent()).isEqualTo("""
                {
                  "openapi" : "3.0.0",
                  "components" : {
                    "schemas" : { }
                  }
                }""");
        assertThat(yaml.registryType()).isEqualTo("OpenApi3");
    }

    @Test
    void aFileWithAnotherExtensionIsReadByItsFirstCharacter() {
        assertThat(schema("Order.schema", "type: object\n").format()).isEqualTo(DocumentFormat.YAML);
        LocalSchema json = schema("Order.schema", "{\"type\":\"object\"}");
        assertThat(json.format()).isEqualTo(DocumentFormat.JSON);
        assertThat(json.jsonContent()).isEqualTo("{\"type\":\"object\"}");
    }

    @Test
    void errorsNameTheFormatTheFileWasReadAs() {
        assertThatThrownBy(() -> schema("Order.json", "{\"type\":").tree())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> schema("Order.yaml", "a: [unclosed").tree())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> schema("Order.json", "{\"a\":1,\"a\":2}").tree())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Duplicate field 'a'");
    }
}
