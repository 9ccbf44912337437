package dev.bindery.registry.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.discovery.inference.RandomEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The scan of top-level keys finds on well-formed JSON what a parser finds, and gives up (never guesses)
 * where it is not sure.
 */
class TopLevelScanTest {

    private static final byte[] TYPE = TopLevelScan.ascii("type");
    private static final String[] EXTRA = {
        "\"type\":\"Order Placed\"",
        "\"specversion\":\"1.0\"",
        "\"detail-type\":\"D\"",
        "\"typed\":\"no\"",
        "\"note\":\"type\\\"}{]\"",
        "\"n\":-1.5e3",
        "\"deep\":{\"type\":\"inner\",\"l\":[[],{}]}"
    };

    @Property(tries = 300)
    void findsWhatAParserFinds(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        String event = RandomEvents.event(seed);
        String json = "{" + EXTRA[random.nextInt(EXTRA.length)] + (event.equals("{}") ? "}" : "," + event.substring(1));
        if (random.nextBoolean()) {
            json = " \n" + json.replace(",", " ,\t").replace(":", " : ") + "\r\n";
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // No key here has an escape and "type" is at most once a top-level string: the scan never gives up.
        assertThat(TopLevelScan.scan(bytes, TYPE)).as(json).isEqualTo(parse(bytes));
    }

    @Test
    void stringsHoldingBracketsQuotesAndKeysAreSkippedWhole() {
        byte[] json =
                utf8("{\"a\":\"}\\\"detail-type\\\":{\",\"b\":[\"]\",{\"specversion\":1}],\"type\":\"T\",\"c\":true}");
        assertThat(TopLevelScan.scan(json, TYPE)).isEqualTo(new TopLevelScan.Found(false, false, "T"));
        assertThat(TopLevelScan.scan(utf8("{}"), TYPE)).isEqualTo(new TopLevelScan.Found(false, false, null));
        assertThat(TopLevelScan.scan(utf8("{\"x\":1,\"detail-type\":null}"), null))
                .isEqualTo(new TopLevelScan.Found(false, true, null));
    }

    @Test
    void givesUpWhereItIsNotSure() {
        assertThat(TopLevelScan.scan(utf8("[1,2]"), TYPE)).isNull();
        assertThat(TopLevelScan.scan(utf8("\"text\""), TYPE)).isNull();
        assertThat(TopLevelScan.scan(utf8("{\"typ\\u0065\":\"T\"}"), TYPE))
                .as("an escaped key")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"type\":\"O\\u0072der\"}"), TYPE))
                .as("an escape in the named string")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"type\":\"A\",\"type\":\"B\"}"), TYPE))
                .as("the name twice")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"type\":7}"), TYPE))
                .as("not a string")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"a\":{\"b\":1}"), TYPE))
                .as("cut short")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"a\":\"open"), TYPE))
                .as("an open string")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"a\" 1}"), TYPE)).as("no colon").isNull();
        assertThat(TopLevelScan.scan(utf8("{\"a\":{\"b\":\"x\\uD83C\"}}"), TYPE))
                .as("a surrogate escape")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"a\":\"\\ud800\"}"), TYPE))
                .as("a surrogate escape")
                .isNull();
        assertThat(TopLevelScan.scan(utf8("{\"a\":\"\\u00e9\\\\ud800\"}"), TYPE))
                .as("an escaped backslash")
                .isEqualTo(new TopLevelScan.Found(false, false, null));
    }

    @Property(tries = 300)
    void findsTheEnvelopeTheFullReadingFinds(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        String detail = RandomEvents.event(seed);
        boolean spaced = random.nextBoolean();
        String colon = spaced ? " :\n " : ":";
        List<String> members = new ArrayList<>(List.of(
                "\"version\"" + colon + "\"0\"",
                "\"id\"" + colon + "\""
                        + UUID.nameUUIDFromBytes(Long.toString(seed).getBytes(StandardCharsets.UTF_8)) + "\"",
                "\"detail-type\"" + colon + "\"Order Placed \u00e9\"",
                "\"source\"" + colon + "\"com.shop\"",
                "\"account\"" + colon + "\"123456789012\"",
                "\"time\"" + colon + "\"2026-01-01T00:00:00Z\"",
                "\"region\"" + colon + "\"eu-west-1\"",
                "\"resources\"" + colon + (random.nextBoolean() ? "[ ]" : "[\"arn:a\" ,\t\"arn:b \ud83c\udf89\"]"),
                "\"detail\"" + colon + detail));
        Collections.shuffle(members, random);
        members.subList(0, random.nextInt(3)).clear(); // some members absent
        String line =
                spaced ? " \t{ " + String.join(" ,\r\n", members) + " } \r" : "{" + String.join(",", members) + "}";
        byte[] bytes = utf8("garbage" + line + "garbage");

        TopLevelScan.Envelope scanned = TopLevelScan.envelope(bytes, 7, bytes.length - 14);

        JsonNode parsed = IngestJson.TREES.readTree(line);
        assertThat(scanned).as(line).isNotNull();
        assertThat(scanned.id()).isEqualTo(parsed.path("id").textValue());
        assertThat(scanned.source()).isEqualTo(parsed.path("source").textValue());
        assertThat(scanned.detailType()).isEqualTo(parsed.path("detail-type").textValue());
        assertThat(scanned.time()).isEqualTo(parsed.path("time").textValue());
        List<String> resources = new ArrayList<>();
        parsed.path("resources").forEach(r -> resources.add(r.textValue()));
        assertThat(scanned.resources()).isEqualTo(resources);
        if (parsed.has("detail")) {
            assertThat(scanned.detail()).as("the detail's text as sent").isEqualTo(detail);
            assertThat(EnvelopeReader.read(bytes, 7, bytes.length - 14, "default")
                            .received()
                            .event()
                            .detailReading())
                    .isEqualTo(IncomingEvent.DetailReading.FOLD);
        } else {
            assertThat(scanned.detail()).isNull();
        }
    }

    @Test
    void givesUpOnAnEnvelopeItCannotVouchFor() {
        String detail = "\"detail\":{\"a\":1}";
        for (String line : List.of(
                "{\"source\":\"s\",\"sourc\\u0065\":\"t\"," + detail + "}",
                "{\"source\":\"s\",\"source\":\"t\"," + detail + "}",
                "{\"source\":\"s\",\"extra\":1," + detail + "}",
                "{\"source\":7," + detail + "}",
                "{\"source\":\"a\\\"b\"," + detail + "}",
                "{\"source\":\"tab\there\"," + detail + "}",
                "{\"resources\":[\"a\",1]," + detail + "}",
                "{\"resources\":\"a\"," + detail + "}",
                "{\"detail\":[1]}",
                "{\"detail\":\"{}\"}",
                "{\"detail\":{\"a\":\"\\ud800\"}}",
                "{\"detail\":{\"a\":1}",
                "{" + detail + "} trailing",
                "{" + detail + "}{}",
                "{\"version\":0," + detail + "}",
                "[" + detail + "]")) {
            assertThat(TopLevelScan.envelope(utf8(line), 0, line.length()))
                    .as(line)
                    .isNull();
        }
        byte[] notUtf8 = utf8("{\"source\":\"?\"," + detail + "}");
        notUtf8[11] = (byte) 0xFF;
        assertThat(TopLevelScan.envelope(notUtf8, 0, notUtf8.length))
                .as("not UTF-8")
                .isNull();
        byte[] inDetail = utf8("{\"detail\":{\"a\":\"?\"}}");
        inDetail[16] = (byte) 0xC3;
        assertThat(TopLevelScan.envelope(inDetail, 0, inDetail.length))
                .as("not UTF-8 in the detail")
                .isNull();
        byte[] badInside = utf8("{\"detail\":{\"a\":tru}}");
        assertThat(TopLevelScan.envelope(badInside, 0, badInside.length))
                .as("what is inside the detail is the fold's to refuse")
                .isEqualTo(new TopLevelScan.Envelope(null, null, null, null, List.of(), "{\"a\":tru}"));
        assertThat(TopLevelScan.envelope(utf8(" {} "), 0, 4))
                .isEqualTo(new TopLevelScan.Envelope(null, null, null, null, List.of(), null));
    }

    /** The same findings from Jackson's parser. */
    private static TopLevelScan.Found parse(byte[] json) throws IOException {
        boolean specversion = false;
        boolean detailType = false;
        String named = null;
        try (JsonParser parser = IngestJson.LENIENT.createParser(json)) {
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                specversion |= key.equals("specversion");
                detailType |= key.equals("detail-type");
                if (key.equals("type") && value == JsonToken.VALUE_STRING) {
                    named = parser.getText();
                }
                parser.skipChildren();
            }
        }
        return new TopLevelScan.Found(specversion, detailType, named);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
