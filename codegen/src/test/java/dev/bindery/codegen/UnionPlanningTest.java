package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which unions become typed interfaces, and which stay JSON because no valid instance could be told apart. */
class UnionPlanningTest {
    static String file(String schema, String path) {
        List<GeneratedFile> files =
                Generator.generate(schema, GeneratorOptions.defaults().withPackageName("u"));
        return files.stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in "
                        + files.stream().map(GeneratedFile::relativePath).toList()))
                .content();
    }

    @Test
    void closedBranchesWithUniqueRequiredPropertiesAreDeduced() {
        String schema = """
                {"title":"Pay","type":"object","properties":{"method":{"anyOf":[
                  {"type":"object","required":["card"],"properties":{"card":{"type":"string"}},"additionalProperties":false},
                  {"type":"object","required":["iban"],"properties":{"iban":{"type":"string"}},"additionalProperties":false}]}}}
                """;
        assertThat(file(schema, "u/Pay.java")).contains("@JsonProperty(\"method\") Method method");
        assertThat(file(schema, "u/Method.java"))
                .contains("use = JsonTypeInfo.Id.DEDUCTION", "sealed interface Method");
    }

    @Test
    void branchesThatOverlapStayJson() {
        String schema = """
                {"title":"Pay","type":"object","properties":{"method":{"anyOf":[
                  {"type":"object","properties":{"card":{"type":"string"}}},
                  {"type":"object","properties":{"iban":{"type":"string"}}}]}}}
                """;
        assertThat(file(schema, "u/Pay.java")).contains("@JsonProperty(\"method\") JsonNode method");
    }

    @Test
    void aConstantInEveryBranchDiscriminatesEvenOpenBranches() {
        String schema = """
                {"title":"Pay","type":"object","properties":{"method":{"oneOf":[
                  {"type":"object","required":["type"],"properties":{"type":{"const":"card"}}},
                  {"type":"object","required":["type"],"properties":{"type":{"enum":["bank"]}}}]}}}
                """;
        assertThat(file(schema, "u/Method.java"))
                .contains(
                        "property = \"type\"",
                        "@JsonSubTypes.Type(value = MethodCard.class, name = \"card\")",
                        "@JsonSubTypes.Type(value = MethodBank.class, name = \"bank\")");
    }

    @Test
    void branchesOfOneKindThatDifferInFormatShareThePlainType() {
        String schema = """
                {"title":"When","type":"object","properties":{"at":{"oneOf":[
                  {"type":"string","format":"date"},{"type":"string","format":"time"}]}}}
                """;
        assertThat(file(schema, "u/When.java")).contains("@JsonProperty(\"at\") String at");
    }

    @Test
    void aNamedFragmentDeclaredAsAnIdResolves() {
        String schema = """
                {"$schema":"http://json-schema.org/draft-06/schema#","title":"Box","type":"object",
                 "properties":{"item":{"$ref":"#item"}},
                 "definitions":{"it":{"$id":"#item","type":"object","properties":{"n":{"type":"integer"}}}}}
                """;
        assertThat(file(schema, "u/Box.java")).contains("@JsonProperty(\"item\") It item");
    }

    @Test
    void aClassNamedNoneIsRenamedSoThatJacksonsNoneCannotShadowIt() {
        String schema = """
                {"title":"None","oneOf":[{"type":"number"},{"type":"object","properties":{"a":{"type":"string"}}}]}
                """;
        assertThat(file(schema, "u/None2.java")).contains("sealed interface None2", "extends JsonDeserializer<None2>");
    }
}
