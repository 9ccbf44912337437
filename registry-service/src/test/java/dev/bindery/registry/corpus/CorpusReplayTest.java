package dev.bindery.registry.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import dev.bindery.registry.discovery.inference.SchemaNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every stream of the reference corpus through the inference engine: the result is the checked-in
 * reviewed schema byte for byte, whatever the order of the events, and every event validates against it.
 *
 * <p>{@code -Dcorpus.write=true} rewrites each {@code expected.openapi.json} from the engine instead of comparing
 * (after regenerating the streams); review the diff and {@code REVIEW.md} before committing.
 */
class CorpusReplayTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** OpenAPI 3.0's dialect, plus the document keys and EventBridge extensions it carries (no validation). */
    private static final JsonMetaSchema DIALECT = JsonMetaSchema.builder(OpenApi30.getInstance())
            .keywords(List.of(
                    new NonValidationKeyword("components"),
                    new NonValidationKeyword("x-amazon-events-detail-type"),
                    new NonValidationKeyword("x-amazon-events-source")))
            .build();

    private static final JsonSchemaFactory OPENAPI30 = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4, b -> b.metaSchema(DIALECT).defaultMetaSchemaIri(DIALECT.getIri()));
    private static final boolean WRITE = Boolean.getBoolean("corpus.write");

    static List<Corpus.Kind> kinds() {
        return Corpus.kinds();
    }

    @BeforeAll
    static void writeExpectedWhenAsked() throws IOException {
        if (WRITE) {
            for (Corpus.Kind kind : kinds()) {
                Files.writeString(kind.expectedFile(), Corpus.discover(kind, kind.events()), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void theCorpusHasEveryKindOfTheIssue() {
        assertThat(kinds())
                .extracting(Corpus.Kind::name)
                .contains(
                        "banking-application-submitted",
                        "banking-application-approved",
                        "banking-application-rejected",
                        "banking-application-flagged-for-review",
                        "basket-checkout",
                        "s3-object-level-cloudtrail",
                        "rds-db-snapshot-event",
                        "ec2-instance-state-change",
                        "zendesk-ticket-priority-changed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyStreamIsOneEventKindOfTwoHundredToTwoThousandEnvelopes(Corpus.Kind kind) {
        assertThat(kind.events()).hasSizeBetween(200, 2000);
        assertThat(SchemaNames.schemaName(kind.source(), kind.detailType())).isNotBlank();
        for (String line : kind.events()) {
            JsonNode e = Corpus.parse(line);
            assertThat(e.properties())
                    .extracting(Map.Entry::getKey)
                    .as(line)
                    .containsExactly(
                            "version",
                            "id",
                            "detail-type",
                            "source",
                            "account",
                            "time",
                            "region",
                            "resources",
                            "detail");
            assertThat(e.path("source").asText()).isEqualTo(kind.source());
            assertThat(e.path("detail-type").asText()).isEqualTo(kind.detailType());
            assertThat(e.path("detail").isObject()).as(line).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void replayingTheStreamGivesTheReviewedSchemaByteForByte(Corpus.Kind kind) throws IOException {
        byte[] expected = Files.readAllBytes(kind.expectedFile());
        String actual = Corpus.discover(kind, kind.events());

        assertThat(actual).as("%s in file order", kind).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual.getBytes(StandardCharsets.UTF_8)).as("%s bytes", kind).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theOrderOfTheEventsDoesNotChangeTheSchema(Corpus.Kind kind) throws IOException {
        String expected = Files.readString(kind.expectedFile(), StandardCharsets.UTF_8);
        List<String> reversed = new ArrayList<>(kind.events());
        Collections.reverse(reversed);
        List<String> shuffled = new ArrayList<>(kind.events());
        Collections.shuffle(shuffled, new Random(20_260_302L));

        assertThat(Corpus.discover(kind, reversed)).as("%s reversed", kind).isEqualTo(expected);
        assertThat(Corpus.discover(kind, shuffled)).as("%s shuffled", kind).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyEventValidatesAgainstTheReviewedSchema(Corpus.Kind kind) throws IOException {
        JsonSchema schema = awsEvent(MAPPER.readTree(kind.expectedFile().toFile()));

        for (String line : kind.events()) {
            Set<ValidationMessage> errors = schema.validate(Corpus.parse(line));
            assertThat(errors).as(line).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theReviewedSchemaRejectsAnEnvelopeWithoutItsDetail(Corpus.Kind kind) throws IOException {
        JsonSchema schema = awsEvent(MAPPER.readTree(kind.expectedFile().toFile()));
        ObjectNode event = (ObjectNode) Corpus.parse(kind.events().get(0));
        event.remove("detail");

        assertThat(schema.validate(event)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theReviewedSchemaRejectsADetailWithoutARequiredField(Corpus.Kind kind) throws IOException {
        JsonNode document = MAPPER.readTree(kind.expectedFile().toFile());
        String detailRef = document.at("/components/schemas/AWSEvent/properties/detail/$ref")
                .asText();
        JsonNode detail = document.at("/components/schemas/" + detailRef.substring(detailRef.lastIndexOf('/') + 1));
        String required = detail.path("required").path(0).asText();
        ObjectNode event =
                (ObjectNode) Corpus.parse(kind.events().get(kind.events().size() - 1));
        ((ObjectNode) event.path("detail")).remove(required);

        assertThat(required).isNotEmpty();
        assertThat(awsEvent(document).validate(event))
                .as("without detail.%s", required)
                .isNotEmpty();
    }

    /** The validator set-up honours OpenAPI 3.0 {@code nullable}: without it, the null checks above prove nothing. */
    @Test
    void theValidatorHonoursNullableAndRejectsNullWithoutIt() throws IOException {
        JsonSchema schema = awsEvent(MAPPER.readTree("""
                {"components":{"schemas":{"AWSEvent":{"type":"object","properties":{
                  "a":{"type":"string","nullable":true},
                  "b":{"type":"string"},
                  "c":{"$ref":"#/components/schemas/C"}}},
                 "C":{"type":"object","nullable":true,"properties":{"x":{"type":"integer"}}}}}}"""));

        assertThat(schema.validate(MAPPER.readTree("{\"a\":null,\"c\":null}"))).isEmpty();
        assertThat(schema.validate(MAPPER.readTree("{\"b\":null}"))).isNotEmpty();
        assertThat(schema.validate(MAPPER.readTree("{\"c\":{\"x\":\"1\"}}"))).isNotEmpty();
    }

    /** The {@code AWSEvent} component of a document, its {@code components/schemas} references resolvable. */
    static JsonSchema awsEvent(JsonNode document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$ref", "#/components/schemas/AWSEvent");
        root.set("components", document.path("components"));
        return OPENAPI30.getSchema(root);
    }
}
