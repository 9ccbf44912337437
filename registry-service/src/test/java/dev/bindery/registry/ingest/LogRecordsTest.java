package dev.bindery.registry.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the door for log records names raw records, and which values it refuses before the rules. */
class LogRecordsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rawRecordsTakeTheirDetailTypeFromAPointerAHeaderAFixedStringOrTheTopic() {
        byte[] value = utf8("{\"meta\":{\"kind\":\"Paid\"},\"amount\":3}");
        assertThat(new LogRecords(null, "/meta/kind", "default")
                        .read("orders", value, Map.of())
                        .event())
                .satisfies(e -> {
                    assertThat(e.detailType()).isEqualTo("Paid");
                    assertThat(e.source()).isEqualTo("orders");
                    assertThat(e.detail()).isEqualTo("{\"meta\":{\"kind\":\"Paid\"},\"amount\":3}");
                });
        assertThat(new LogRecords("com.shop", "header:event-type", "default")
                        .read("orders", value, Map.of("event-type", utf8("Refunded")))
                        .event()
                        .detailType())
                .isEqualTo("Refunded");
        assertThat(new LogRecords(null, "Order", "default")
                        .read("orders", value, Map.of())
                        .event()
                        .detailType())
                .isEqualTo("Order");
        assertThat(new LogRecords(null, null, "default")
                        .read("orders", value, Map.of())
                        .event()
                        .detailType())
                .isEqualTo("orders");
    }

    @Test
    void aMissingDetailTypeATombstoneAndAnEnvelopeWhateverTheSettingsAreTold() {
        LogRecords byHeader = new LogRecords(null, "header:event-type", "default");
        assertThat(byHeader.read("t", utf8("{\"a\":1}"), Map.of()).refusal().errorMessage())
                .contains("event-type");
        assertThat(byHeader.read("t", null, Map.of()).refusal().errorMessage()).contains("tombstone");
        Received envelope =
                byHeader.read("t", utf8("{\"source\":\"s\",\"detail-type\":\"D\",\"detail\":{\"a\":1}}"), Map.of());
        assertThat(envelope.event().detailType()).isEqualTo("D");
        assertThat(envelope.event().detail()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBinaryCloudEventOfAnotherContentTypeIsNotAnObject() {
        Received received = new LogRecords(null, null, "default")
                .read(
                        "t",
                        utf8("hello"),
                        Map.of(
                                "ce_specversion",
                                utf8("1.0"),
                                "ce_id",
                                utf8("1"),
                                "ce_source",
                                utf8("s"),
                                "ce_type",
                                utf8("T"),
                                "content-type",
                                utf8("text/plain")));
        assertThat(received.event().detailType()).isEqualTo("T");
        assertThat(received.event().detail()).startsWith("\"");
    }

    @Test
    void theQuickWayTakesRawObjectsAndLeavesEverythingElseToTheFullReading() {
        byte[] raw = utf8("{\"meta\":{\"type\":\"inner\"},\"type\":\"Paid\",\"amount\":3}");
        LogRecords byPointer = new LogRecords(null, "/type", "default");
        IncomingEvent quick = byPointer.quick("orders", raw, Map.of());
        IncomingEvent full = byPointer.read("orders", raw, Map.of()).event();
        assertThat(full.detailReading()).isEqualTo(IncomingEvent.DetailReading.DOOR);
        assertThat(quick)
                .as("the same event, its detail left to the fold")
                .isEqualTo(new IncomingEvent(
                        full.source(),
                        full.detailType(),
                        full.detail(),
                        full.time(),
                        full.eventBusName(),
                        full.resources(),
                        IncomingEvent.DetailReading.FOLD));
        assertThat(new LogRecords("com.shop", "header:event-type", "default")
                        .quick("orders", raw, Map.of("event-type", utf8("Refunded")))
                        .detailType())
                .isEqualTo("Refunded");
        assertThat(new LogRecords(null, null, "default")
                        .quick("orders", raw, Map.of())
                        .detailType())
                .isEqualTo("orders");

        assertThat(byPointer.quick("t", utf8("{\"type\":\"T\",\"detail-type\":\"D\",\"detail\":{}}"), Map.of()))
                .as("an envelope")
                .isNull();
        assertThat(byPointer.quick("t", utf8("{\"type\":\"T\",\"specversion\":\"1.0\"}"), Map.of()))
                .as("a structured CloudEvent")
                .isNull();
        assertThat(byPointer.quick("t", utf8("{\"type\":\"T\"}"), Map.of("ce_specversion", utf8("1.0"))))
                .as("a binary CloudEvent")
                .isNull();
        assertThat(byPointer.quick("t", utf8("{\"type\":\"T\",\"x\":\"\\ud800\"}"), Map.of()))
                .as("a surrogate escape")
                .isNull();
        assertThat(byPointer.quick("t", utf8("{\"kind\":\"T\"}"), Map.of()))
                .as("no detail-type")
                .isNull();
        assertThat(new LogRecords(null, "/meta/type", "default").quick("t", raw, Map.of()))
                .as("a pointer below the top level")
                .isNull();
        assertThat(byPointer.quick("t", utf8("[1]"), Map.of()))
                .as("not an object")
                .isNull();
        assertThat(byPointer.quick("t", null, Map.of())).as("a tombstone").isNull();
    }

    @Test
    void bytesThatAreNotUtf8AreLeftToTheFullReadingWhichRefusesThem() {
        LogRecords byPointer = new LogRecords(null, "/type", "default");
        byte[] truncated = utf8("{\"type\":\"T\",\"name\":\"caf\u00e9\"}");
        truncated = Arrays.copyOfRange(truncated, 0, truncated.length - 1);
        truncated[truncated.length - 2] = '"';
        truncated[truncated.length - 1] = '}'; // the last byte of é cut off: a lead byte before a quote
        byte[] invalid = utf8("{\"type\":\"T\",\"name\":\"?\"}");
        invalid[invalid.length - 3] = (byte) 0xFF;
        for (byte[] value : List.of(invalid, truncated)) {
            assertThat(byPointer.read("t", value, Map.of()).refusal())
                    .as("the full reading")
                    .isNotNull();
            assertThat(byPointer.quick("t", value, Map.of()))
                    .as("the quick way")
                    .isNull();
        }
        assertThat(byPointer.quick("t", utf8("{\"type\":\"T\",\"name\":\"\ufffd\"}"), Map.of()))
                .as("a replacement character sent as such takes the full reading too")
                .isNull();
    }

    @Test
    void aDetailTypeHeaderRuleMustNameAHeader() {
        assertThatThrownBy(() -> new LogRecords(null, "header:", "default"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
