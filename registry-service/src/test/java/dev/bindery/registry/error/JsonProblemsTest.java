package dev.bindery.registry.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** A parser's reason reaches the client without the library's names for its settings or the input it echoes. */
class JsonProblemsTest {

    private static String reasonFor(String json) {
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonProblems.reason(catchThrowableOfType(JsonProcessingException.class, () -> mapper.readTree(json)));
    }

    @Test
    void limitsAreNamedByValue() {
        assertThat(reasonFor("[".repeat(1_001) + "]".repeat(1_001)))
                .isEqualTo("Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void featuresAndSourcesAreLeftOut() {
        assertThat(reasonFor("{\"a\":NaN}"))
                .doesNotContain("`", "JsonReadFeature")
                .contains("NaN");
        assertThat(reasonFor("{\"secret;]\": [1, 2"))
                .doesNotContain("Source", "secret")
                .contains("line 1, column 1");
    }
}
