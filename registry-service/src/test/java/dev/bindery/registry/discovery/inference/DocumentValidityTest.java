package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every rendered document is valid, and every observed event validates against its inferred schema. */
class DocumentValidityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema DRAFT4_META = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(SchemaLocation.of("http://json-schema.org/draft-04/schema#"));
    private static final JsonSchemaFactory OPENAPI30 = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            b -> b.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

    @Provide
    Arbitrary<List<String>> events() {
        return Arbitraries.longs().map(RandomEvents::event).list().ofMinSize(1).ofMaxSize(15);
    }

    @Property(tries = 150)
    void componentSchemasAreValidDraft4AndObservedEventsValidate(@ForAll("events") List<String> events)
            throws Exception {
        ShapeAccumulator acc = ShapeAccumulator.forSamples();
        for (String e : events) {
            acc.add(e, Instant.EPOCH);
        }
        JsonNode doc = MAPPER.readTree(acc.snapshot().toOpenApi());

        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("paths").isObject()).isTrue();
        for (Map.Entry<String, JsonNode> component :
                doc.path("components").path("schemas").properties()) {
            assertThat(component.getKey()).matches("[A-Za-z0-9._-]+");
            assertThat(DRAFT4_META.validate(component.getValue()))
                    .as(component.getKey())
                    .isEmpty();
            assertThat(component.getValue().toString()).doesNotContain("\"required\":[]");
        }

        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$ref", "#/components/schemas/Event");
        schema.set("components", doc.path("components"));
        JsonSchema inferred = OPENAPI30.getSchema(schema);
        for (String e : events) {
            Set<ValidationMessage> errors = inferred.validate(MAPPER.readTree(e));
            assertThat(errors).as(e).isEmpty();
        }
    }

    @Property(tries = 50)
    void envelopeDocumentsValidateTheirEvents(@ForAll("events") List<String> details) throws Exception {
        ShapeAccumulator acc = ShapeAccumulator.forEnvelope("test.source", "Something Happened");
        List<String> events = new ArrayList<>();
        for (String d : details) {
            String event = "{\"version\":\"0\",\"id\":\"6a7e8feb-b491-4cf7-a9f1-bf3703467718\","
                    + "\"detail-type\":\"Something Happened\",\"source\":\"test.source\",\"account\":\"1\","
                    + "\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"eu-west-1\",\"resources\":[],\"detail\":" + d
                    + "}";
            events.add(event);
            acc.add(event, Instant.EPOCH);
        }
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$ref", "#/components/schemas/AWSEvent");
        schema.set("components", MAPPER.readTree(acc.snapshot().toOpenApi()).path("components"));
        JsonSchema inferred = OPENAPI30.getSchema(schema);
        for (String e : events) {
            assertThat(inferred.validate(MAPPER.readTree(e))).as(e).isEmpty();
        }
    }
}
