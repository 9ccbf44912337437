package dev.bindery.registry.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

class JsonSchemaExporterTest {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final JsonSchemaExporter exporter = new JsonSchemaExporter(mapper);

    @Test
    void awsEventBecomesTheRootAndOtherComponentsBecomeDefinitions() throws Exception {
        String openApi = """
                {"openapi":"3.0.0","info":{"version":"1.0.0","title":"StateChange"},"paths":{},
                 "components":{"schemas":{
                   "AWSEvent":{"type":"object","required":["detail"],
                     "x-amazon-events-source":"aws.ec2","x-amazon-events-detail-type":"EC2 State Change",
                     "properties":{"detail":{"$ref":"#/components/schemas/StateChange"},
                                   "resources":{"type":"array","items":{"type":"string"}}}},
                   "StateChange":{"type":"object","required":["state"],"discriminator":{"propertyName":"state"},
                     "properties":{"state":{"type":"string","nullable":true,"example":"running"},
                                   "previous":{"$ref":"#/components/schemas/AWSEvent"}}}}}}""";

        String exported = exporter.export(SchemaType.OpenApi3, openApi, ExportFormat.DRAFT4);

        assertThat(exported).isEqualToIgnoringWhitespace("""
                {
                  "$schema" : "http://json-schema.org/draft-04/schema#",
                  "title" : "StateChange",
                  "definitions" : {
                    "StateChange" : {
                      "type" : "object",
                      "required" : [ "state" ],
                      "properties" : {
                        "state" : { "type" : [ "string", "null" ] },
                        "previous" : { "$ref" : "#" }
                      }
                    }
                  },
                  "type" : "object",
                  "required" : [ "detail" ],
                  "x-amazon-events-source" : "aws.ec2",
                  "x-amazon-events-detail-type" : "EC2 State Change",
                  "properties" : {
                    "detail" : { "$ref" : "#/definitions/StateChange" },
                    "resources" : { "type" : "array", "items" : { "type" : "string" } }
                  }
                }""");
    }

    @Test
    void withoutAwsEventTheComponentNamedByTheTitleIsTheRoot() {
        String openApi = """
                {"openapi":"3.0.0","info":{"title":"Order"},
                 "components":{"schemas":{"Line":{"type":"object"},
                   "Order":{"type":"object","properties":{"lines":{"type":"array","items":{"$ref":"#/components/schemas/Line"}}}}}}}""";
        String exported = exporter.export(SchemaType.OpenApi3, openApi, ExportFormat.DRAFT4);
        assertThat(exported).contains("\"$ref\" : \"#/definitions/Line\"").doesNotContain("\"Order\" : {");
    }

    @Test
    void draft2020UsesDefsAndNumericExclusiveBounds() {
        String openApi = """
                {"openapi":"3.0.0","info":{"title":"Reading"},
                 "components":{"schemas":{"Unit":{"type":"string","enum":["C","F"]},
                   "Reading":{"type":"object","properties":{
                     "value":{"type":"number","minimum":0,"exclusiveMinimum":true,"maximum":100,"exclusiveMaximum":false},
                     "unit":{"$ref":"#/components/schemas/Unit"},"note":{"type":"string","nullable":true}}}}}}""";
        String exported = exporter.export(SchemaType.OpenApi3, openApi, ExportFormat.DRAFT2020_12);
        assertThat(exported).isEqualToIgnoringWhitespace("""
                {
                  "$schema" : "https://json-schema.org/draft/2020-12/schema",
                  "title" : "Reading",
                  "$defs" : { "Unit" : { "type" : "string", "enum" : [ "C", "F" ] } },
                  "type" : "object",
                  "properties" : {
                    "value" : { "type" : "number", "maximum" : 100, "exclusiveMinimum" : 0 },
                    "unit" : { "$ref" : "#/$defs/Unit" },
                    "note" : { "type" : [ "string", "null" ] }
                  }
                }""");
    }

    @Test
    void jsonSchemaContentIsExportedByteForByte() {
        String content = "{ \"type\" : \"object\" }\n";
        assertThat(exporter.export(SchemaType.JSONSchemaDraft4, content, ExportFormat.DRAFT2020_12))
                .isSameAs(content);
    }
}
