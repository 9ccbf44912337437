package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a discovered version's description says changed. */
class ShapeChangesTest {

    private static String doc(String detailProperties, String required) {
        return """
                {"openapi":"3.0.0","components":{"schemas":{
                 "AWSEvent":{"type":"object","required":["detail"],"properties":{"detail":{"$ref":"#/components/schemas/D"}}},
                 "D":{"type":"object","required":[%s],"properties":{%s}}}}}""".formatted(required, detailProperties);
    }

    @Test
    void enumsFoundGrownAndGivenUpAreNamed() {
        String before = doc(
                "\"status\":{\"type\":\"string\"},\"tier\":{\"type\":\"string\",\"enum\":[\"A\",\"B\"]},"
                        + "\"mode\":{\"type\":\"string\",\"enum\":[\"X\",\"Y\"]}",
                "\"status\"");
        String after = doc(
                "\"status\":{\"type\":\"string\",\"enum\":[\"NEW\",\"PAID\",\"SENT\",\"VOID\"]},"
                        + "\"tier\":{\"type\":\"string\",\"enum\":[\"A\",\"C\"]},\"mode\":{\"type\":\"string\"}",
                "\"status\"");
        assertThat(ShapeChanges.describe(before, after))
                .isEqualTo("detail.status became an enum of 4 values; "
                        + "detail.tier enum gained C and lost B; detail.mode is no longer an enum");
    }

    @Test
    void optionalRequiredAddedAndRemovedFieldsAreNamed() {
        String before = doc("\"coupon\":{\"type\":\"string\"},\"gone\":{\"type\":\"integer\"}", "\"coupon\"");
        String after = doc("\"coupon\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"}", "");
        assertThat(ShapeChanges.describe(before, after))
                .isEqualTo("detail.coupon became optional; added optional field detail.note; removed detail.gone");
        assertThat(ShapeChanges.describe(after, after)).isEqualTo("Refined the inferred schema");
    }

    @Test
    void aLongDescriptionEndsWithTheCountOfTheChangesLeftOut() {
        StringBuilder props = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            props.append(i == 0 ? "" : ",").append("\"field").append(i).append("\":{\"type\":\"string\"}");
        }
        String described = ShapeChanges.describe(doc("", ""), doc(props.toString(), ""));
        assertThat(described)
                .hasSizeLessThanOrEqualTo(256)
                .startsWith("added optional field detail.field0; ")
                .matches(".*; and \\d+ more changes");
        int shown = described.split("; ").length - 1;
        int omitted = Integer.parseInt(described.replaceAll(".*; and (\\d+) more changes", "$1"));
        assertThat(shown + omitted).isEqualTo(40);
    }
}
