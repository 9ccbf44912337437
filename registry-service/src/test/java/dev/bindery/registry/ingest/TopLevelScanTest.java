package dev.bindery.registry.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bindery.registry.discovery.inference.RandomEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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
