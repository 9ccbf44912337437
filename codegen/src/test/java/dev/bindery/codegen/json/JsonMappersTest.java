package dev.bindery.codegen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The module-wide mappers refuse what one reader would read differently from another, and print the same bytes everywhere. */
class JsonMappersTest {

    @Test
    void strictRefusesRepeatedKeysAndTrailingText() {
        assertThatThrownBy(() -> JsonMappers.strict().readTree("{\"a\":1,\"a\":2}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> JsonMappers.strict().readTree("{\"a\":1} xyz"))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonMappers.strict().readTree("{\"a\":1} {}"))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void yamlRefusesRepeatedKeys() {
        assertThatThrownBy(() -> JsonMappers.yaml().readTree("a: 1\na: 2\n"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void fractionsKeepTheirWrittenValue() throws Exception {
        JsonNode json = JsonMappers.strict().readTree("{\"n\":0.10,\"big\":1E+400}");
        assertThat(json.get("n").decimalValue()).isEqualByComparingTo(new BigDecimal("0.10"));
        assertThat(json.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("1E+400"));
        assertThat(JsonMappers.yaml().readTree("n: 0.10").get("n").decimalValue())
                .isEqualByComparingTo(new BigDecimal("0.10"));
    }

    @Test
    void nestingBeyondTheLimitIsRefused() throws Exception {
        String ok = "[".repeat(JsonMappers.MAX_NESTING_DEPTH) + "]".repeat(JsonMappers.MAX_NESTING_DEPTH);
        assertThat(JsonMappers.strict().readTree(ok).isArray()).isTrue();
        String deep = "[".repeat(JsonMappers.MAX_NESTING_DEPTH + 1) + "]".repeat(JsonMappers.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> JsonMappers.strict().readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void errorsDoNotQuoteTheInput() {
        assertThatThrownBy(() -> JsonMappers.strict().readTree("{\"secret-looking-text\": }"))
                .isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-looking-text"));
    }

    @Test
    void prettyOutputIsTheSameBytesOnEveryPlatform() throws Exception {
        JsonNode tree = JsonMappers.strict().readTree("{\"a\":{\"b\":[1,2]},\"c\":\"d\"}");
        assertThat(JsonMappers.pretty().writeValueAsString(tree)).isEqualTo("""
                {
                  "a" : {
                    "b" : [ 1, 2 ]
                  },
                  "c" : "d"
                }""");
    }
}
