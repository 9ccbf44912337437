package dev.bindery.codegen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The module-wide mappers refuse what one reader would read differently from another, and print the same bytes everywhere. */
class JsonTest {

    @Test
    void strictRefusesRepeatedKeysAndTrailingText() {
        assertThatThrownBy(() -> Json.strict().readTree("{\"a\":1,\"a\":2}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> Json.strict().readTree("{\"a\":1} xyz"))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.strict().readTree("{\"a\":1} {}"))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void yamlRefusesRepeatedKeys() {
        assertThatThrownBy(() -> Json.yaml().readTree("a: 1\na: 2\n"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void fractionsKeepTheirWrittenValue() throws Exception {
        JsonNode json = Json.strict().readTree("{\"n\":0.10,\"big\":1E+400}");
        assertThat(json.get("n").decimalValue()).isEqualByComparingTo(new BigDecimal("0.10"));
        assertThat(json.get("big").decimalValue()).isEqualByComparingTo(new BigDecimal("1E+400"));
        assertThat(Json.yaml().readTree("n: 0.10").get("n").decimalValue()).isEqualByComparingTo(new BigDecimal("0.10"));
    }

    @Test
    void nestingBeyondTheLimitIsRefused() throws Exception {
        String ok = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);
        assertThat(Json.strict().readTree(ok).isArray()).isTrue();
        String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);
        assertThatThrownBy(() -> Json.strict().readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void errorsDoNotQuoteTheInput() {
        assertThatThrownBy(() -> Json.strict().readTree("{\"secret-looking-text\": }"))
                .isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-looking-text"));
    }

    @Test
    void prettyOutputIsTheSameBytesOnEveryPlatform() throws Exception {
        JsonNode tree = Json.strict().readTree("{\"a\":{\"b\":[1,2]},\"c\":\"d\"}");
        assertThat(Json.pretty().writeValueAsString(tree)).isEqualTo("""
                {
                  "a" : {
                    "b" : [ 1, 2 ]
                  },
                  "c" : "d"
                }""");
    }
}
