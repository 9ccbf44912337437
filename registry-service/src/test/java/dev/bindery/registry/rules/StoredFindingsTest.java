package dev.bindery.registry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored form of recorded findings is byte for byte what the annotated {@code Finding} record wrote
 * before the mapping moved out of it, and what was stored that way reads back the same.
 */
class StoredFindingsTest {

    /** {@code rules.Finding} as it was, annotations and all: the stored form's former definition. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FormerFinding(
            @JsonProperty("Version") String version,
            @JsonProperty("Path") String path,
            @JsonProperty("Kind") String kind,
            @JsonProperty("Effect") String effect,
            @JsonProperty("Message") String message,
            @JsonProperty("Breaking") boolean breaking) {}

    private static final List<Finding> FINDINGS = List.of(
            new Finding(
                    "1", "/properties/total", "TYPE_CHANGED", "NARROWED", "type changed from integer to string", true),
            new Finding(
                    null, "", "PROPERTY_ADDED", "WIDENED", "quote \" backslash \\ tab \t é € \uD83D\uDE00 <>&", false),
            new Finding("12", "/properties/a~1b/items", "ENUM_VALUE_REMOVED", "NARROWED", "", false));

    private static final String STORED = "[{\"Version\":\"1\",\"Path\":\"/properties/total\",\"Kind\":\"TYPE_CHANGED\","
            + "\"Effect\":\"NARROWED\",\"Message\":\"type changed from integer to string\",\"Breaking\":true},"
            + "{\"Path\":\"\",\"Kind\":\"PROPERTY_ADDED\",\"Effect\":\"WIDENED\","
            + "\"Message\":\"quote \\\" backslash \\\\ tab \\t é € \uD83D\uDE00 <>&\",\"Breaking\":false},"
            + "{\"Version\":\"12\",\"Path\":\"/properties/a~1b/items\",\"Kind\":\"ENUM_VALUE_REMOVED\","
            + "\"Effect\":\"NARROWED\",\"Message\":\"\",\"Breaking\":false}]";

    @Test
    void theStoredBytesAreWhatTheAnnotatedRecordWrote() throws Exception {
        List<FormerFinding> former = FINDINGS.stream()
                .map(f -> new FormerFinding(f.version(), f.path(), f.kind(), f.effect(), f.message(), f.breaking()))
                .toList();
        String before = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .writeValueAsString(former);
        assertThat(StoredFindings.write(FINDINGS)).isEqualTo(before).isEqualTo(STORED);
        assertThat(StoredFindings.write(List.of())).isEqualTo("[]");
    }

    @Test
    void findingsStoredTheFormerWayReadBackTheSame() throws Exception {
        assertThat(StoredFindings.read(STORED)).isEqualTo(FINDINGS);
        List<FormerFinding> formerRead = new ObjectMapper().readValue(STORED, new TypeReference<>() {});
        assertThat(formerRead).hasSize(FINDINGS.size());
        assertThat(StoredFindings.read("[]")).isEmpty();
    }

    @Test
    void storedTextThatIsNotAnArrayOfFindingsIsAnError() {
        assertThatThrownBy(() -> StoredFindings.read("{\"Path\":\"\"}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StoredFindings.read("[")).isInstanceOf(IllegalStateException.class);
    }
}
