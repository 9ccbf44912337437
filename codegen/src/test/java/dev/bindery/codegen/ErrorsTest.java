package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that cannot be generated fails with a {@link CodegenException} naming the location at fault. */
class ErrorsTest {
    static final GeneratorOptions OPTIONS = GeneratorOptions.defaults().withPackageName("t");

    @Test
    void remoteReferencesAreRefusedByName() {
        String schema = """
                {"type":"object","properties":{"a":{"$ref":"https://example.com/schemas/a.json#/x"}}}
                """;
        assertThatThrownBy(() -> Generator.generate(schema, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("schema.json#/properties/a")
                .hasMessageContaining("remote reference https://example.com/schemas/a.json#/x is not fetched");
    }

    @Test
    void referencesToTheRootIdAreLocal() {
        String schema = """
                {"$id":"https://example.com/order.json","type":"object","properties":{
                  "a":{"$ref":"https://example.com/order.json#/$defs/A"}},
                 "$defs":{"A":{"type":"object","properties":{"x":{"type":"string"}}}}}
                """;
        assertThat(Generator.generate(schema, OPTIONS))
                .extracting(GeneratedFile::relativePath)
                .contains("t/A.java");
    }

    @Test
    void danglingReferencesNameTheirTarget() {
        String schema = """
                {"type":"object","properties":{"a":{"$ref":"#/definitions/Missing"}}}
                """;
        assertThatThrownBy(() -> Generator.generate(schema, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("schema.json#/definitions/Missing")
                .hasMessageContaining("does not exist");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#/definitions/%zz",
                "#/definitions/A%",
                "#/definitions/A%4",
                "#/definitions/%C3%28",
                "#/definitions/a~2b"
            })
    void malformedPointersInReferencesNameTheReferenceAndTheFault(String ref) {
        String schema = "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"" + ref + "\"}},"
                + "\"definitions\":{\"A\":{\"type\":\"string\"}}}";
        assertThatThrownBy(() -> Generator.generate(schema, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("schema.json#/properties/a: bad reference " + ref)
                .hasMessageContaining("is not a valid JSON pointer")
                .hasMessageNotContaining("URLDecoder");
    }

    @Test
    void anArrayIndexBeyondAnIntNamesNoElement() {
        String schema = """
                {"title":"T","allOf":[{"type":"object"}],"properties":{"a":{"$ref":"#/allOf/2147483648"}}}
                """;
        assertThatThrownBy(() -> Generator.generate(schema, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("schema.json#/allOf/2147483648: reference target does not exist");
    }

    @Test
    void unknownAnchorsAreReported() {
        assertThatThrownBy(() -> Generator.generate("{\"properties\":{\"a\":{\"$ref\":\"#nowhere\"}}}", OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining(
                        "schema.json#/properties/a: reference #nowhere names no $anchor or $dynamicAnchor");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> Generator.generate("{\"type\": \"object\",\n \"properties\": {", OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageStartingWith("schema.json: not valid JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    void unknownTypesAreRejected() {
        assertThatThrownBy(() -> Generator.generate("{\"type\":\"strin\"}", OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("schema.json#/type: unknown type \"strin\"");
    }

    @Test
    void relativeFileReferencesNeedADirectory() {
        assertThatThrownBy(() -> Generator.generate("{\"properties\":{\"a\":{\"$ref\":\"other.json\"}}}", OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("relative file reference other.json needs a schema directory");
    }

    @Test
    void relativeFileReferencesResolveInsideTheDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("order.json"), """
                {"title":"Order","type":"object","properties":{"customer":{"$ref":"common/customer.json#/$defs/Customer"}}}
                """);
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/customer.json"), """
                {"$defs":{"Customer":{"type":"object","properties":{"name":{"type":"string"}}}}}
                """);
        List<GeneratedFile> files = Generator.generate(dir.resolve("order.json"), OPTIONS);
        assertThat(files).extracting(GeneratedFile::relativePath).contains("t/Order.java", "t/Customer.java");
        assertThat(files.stream()
                        .filter(f -> f.relativePath().equals("t/Order.java"))
                        .findFirst()
                        .orElseThrow()
                        .content())
                .contains("@JsonProperty(\"customer\") Customer customer");
    }

    @Test
    void fileReferencesMayNotLeaveTheDirectory(@TempDir Path dir) throws Exception {
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(dir.resolve("secret.json"), "{}");
        Files.writeString(schemas.resolve("a.json"), "{\"properties\":{\"x\":{\"$ref\":\"../secret.json\"}}}");
        assertThatThrownBy(() -> Generator.generate(schemas, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("a.json#/properties/x")
                .hasMessageContaining("leaves the schema directory");
    }

    @Test
    void hostileNestingIsBounded() {
        String schema = "{\"properties\":{\"a\":".repeat(300) + "{}" + "}}".repeat(300);
        assertThatThrownBy(() -> Generator.generate(schema, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("nested deeper than " + dev.bindery.codegen.read.SchemaReader.MAX_DEPTH);
    }

    @Test
    void diamondsOfAllOfAreMergedOnce() {
        StringBuilder defs =
                new StringBuilder("\"D0\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}");
        for (int i = 1; i <= 30; i++) {
            defs.append(",\"D")
                    .append(i)
                    .append("\":{\"allOf\":[{\"$ref\":\"#/$defs/D")
                    .append(i - 1)
                    .append("\"},{\"$ref\":\"#/$defs/D")
                    .append(i - 1)
                    .append("\"}]}");
        }
        String schema = "{\"title\":\"Top\",\"$ref\":\"#/$defs/D30\",\"$defs\":{" + defs + "}}";
        long start = System.nanoTime();
        List<GeneratedFile> files = Generator.generate(schema, OPTIONS);
        assertThat(files).extracting(GeneratedFile::relativePath).contains("t/D30.java");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void referenceCyclesWithoutATypeAreReported() {
        String schema = """
                {"$ref":"#/$defs/A","$defs":{"A":{"$ref":"#/$defs/B"},"B":{"$ref":"#/$defs/A"}}}
                """;
        assertThatThrownBy(() -> Generator.generate(schema, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("schema.json")
                .hasMessageContaining("$ref cycle with no schema of its own: /$defs/A -> /$defs/B -> /$defs/A");
    }

    @Test
    void arraysThatContainThemselvesAreReportedAsRecursiveTypes() {
        String schema = """
                {"title":"T","type":"object","properties":{"l":{"$ref":"#/$defs/L"}},
                 "$defs":{"L":{"type":"array","items":{"$ref":"#/$defs/L"}}}}
                """;
        assertThatThrownBy(() -> Generator.generate(schema, OPTIONS))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("recursive type with no class on the way")
                .hasMessageContaining("/$defs/L -> /$defs/L/items -> /$defs/L");
    }

    @Test
    void recursiveObjectsStillGenerate() {
        String schema = """
                {"title":"Node","type":"object","properties":{"children":{"type":"array","items":{"$ref":"#"}}}}
                """;
        assertThat(Generator.generate(schema, OPTIONS))
                .extracting(GeneratedFile::relativePath)
                .contains("t/Node.java");
    }
}
