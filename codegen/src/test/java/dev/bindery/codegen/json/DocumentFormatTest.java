package dev.bindery.codegen.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rule tells JSON documents from YAML ones: the file name first, the first character otherwise. */
class DocumentFormatTest {

    @Test
    void theFileNameDecidesWhenItHasAKnownExtension() {
        assertThat(DocumentFormat.of("a/Order.YAML", "{\"type\":\"object\"}")).isEqualTo(DocumentFormat.YAML);
        assertThat(DocumentFormat.of("Order.yml", "{}")).isEqualTo(DocumentFormat.YAML);
        assertThat(DocumentFormat.of("Order.json", "type: object")).isEqualTo(DocumentFormat.JSON);
    }

    @Test
    void otherwiseTheFirstNonBlankCharacterDecides() {
        assertThat(DocumentFormat.of(null, " \n\t{\"type\":\"object\"}")).isEqualTo(DocumentFormat.JSON);
        assertThat(DocumentFormat.of("order.txt", "[1]")).isEqualTo(DocumentFormat.JSON);
        assertThat(DocumentFormat.of(null, "openapi: 3.0.0")).isEqualTo(DocumentFormat.YAML);
        assertThat(DocumentFormat.of(null, "  ")).isEqualTo(DocumentFormat.JSON);
    }

    @Test
    void documentFileNamesAreJsonAndYamlInAnyCase() {
        assertThat(DocumentFormat.isDocumentFileName("a.JSON")).isTrue();
        assertThat(DocumentFormat.isDocumentFileName("a.yml")).isTrue();
        assertThat(DocumentFormat.isDocumentFileName("a.Yaml")).isTrue();
        assertThat(DocumentFormat.isDocumentFileName("a.json.bak")).isFalse();
        assertThat(DocumentFormat.isDocumentFileName("json")).isFalse();
    }

    @Test
    void eachFormatReadsWithTheModulesMapper() throws Exception {
        assertThat(DocumentFormat.YAML.mapper().readTree("a: [1, 2]"))
                .isEqualTo(DocumentFormat.JSON.mapper().readTree("{\"a\":[1,2]}"));
    }
}
