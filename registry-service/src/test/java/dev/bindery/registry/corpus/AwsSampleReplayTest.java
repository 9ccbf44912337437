package dev.bindery.registry.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the AWS sample corpus, each published sample delivered ten times: discovery's document is the checked-in
 * one byte for byte, in any order, and every sample validates against it. {@code -Dcorpus.write=true} rewrites the
 * expected documents from the engine instead (review the diff, and the enum review, before committing).
 */
class AwsSampleReplayTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final boolean WRITE = Boolean.getBoolean("corpus.write");

    static List<Corpus.Kind> kinds() {
        return AwsSamples.kinds();
    }

    @BeforeAll
    static void writeExpectedWhenAsked() throws IOException {
        if (WRITE) {
            for (Corpus.Kind kind : kinds()) {
                Files.writeString(
                        kind.expectedFile(),
                        Corpus.discover(kind, AwsSamples.deliveries(kind)),
                        StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void theCorpusHoldsTheServicesOfTheIssue() {
        assertThat(kinds())
                .extracting(Corpus.Kind::source)
                .contains(
                        "aws.autoscaling", "aws.codecommit", "aws.emr", "aws.health", "aws.macie", "aws.s3", "aws.ssm");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindHoldsSamplesOfOneSourceAndDetailType(Corpus.Kind kind) {
        assertThat(kind.events()).isNotEmpty();
        for (String sample : kind.events()) {
            JsonNode event = Corpus.parse(sample);
            assertThat(event.path("source").asText()).as(sample).isEqualTo(kind.source());
            assertThat(event.path("detail-type").asText()).as(sample).isEqualTo(kind.detailType());
            assertThat(event.path("detail").isObject()).as(sample).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void replayingTheDeliveriesGivesTheCheckedInDocumentByteForByte(Corpus.Kind kind) throws IOException {
        String expected = Files.readString(kind.expectedFile(), StandardCharsets.UTF_8);
        List<String> deliveries = AwsSamples.deliveries(kind);
        List<String> reversed = new ArrayList<>(deliveries);
        Collections.reverse(reversed);

        assertThat(deliveries).hasSize(kind.events().size() * AwsSamples.DELIVERIES);
        assertThat(Corpus.discover(kind, deliveries))
                .as("%s in file order", kind)
                .isEqualTo(expected);
        assertThat(Corpus.discover(kind, reversed)).as("%s reversed", kind).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyDeliveryValidatesAgainstTheDocument(Corpus.Kind kind) throws IOException {
        JsonSchema schema =
                CorpusReplayTest.awsEvent(MAPPER.readTree(kind.expectedFile().toFile()));

        for (String delivery : AwsSamples.deliveries(kind)) {
            assertThat(schema.validate(Corpus.parse(delivery))).as(delivery).isEmpty();
        }
    }
}
