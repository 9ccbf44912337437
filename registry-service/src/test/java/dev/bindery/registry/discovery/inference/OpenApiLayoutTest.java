package dev.bindery.registry.discovery.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiLayoutTest {

    private static final String PLACED_1 = """
            {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"Order Placed",
             "source":"com.acme.shop","account":"111122223333","time":"2026-01-01T10:00:00Z","region":"eu-west-1",
             "resources":[],"detail":{"orderId":"o-1","total":12,"customer":{"name":"Ann","email":"ann@example.com"},
             "lines":[{"sku":"A","qty":1}],"coupon":null}}""";
    private static final String PLACED_2 = """
            {"version":"0","id":"7a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"Order Placed",
             "source":"com.acme.shop","account":"111122223333","time":"2026-01-01T10:00:01Z","region":"eu-west-1",
             "resources":["arn:aws:s3:::b"],"detail":{"orderId":"o-2","total":12.5,"customer":{"name":"Bo"},
             "lines":[],"coupon":"XMAS"}}""";

    @Test
    void rendersEventBridgeLayoutWithOptionalNullableAndWidenedFields() {
        ShapeSnapshot shape = Events.envelope("com.acme.shop", "Order Placed", PLACED_1, PLACED_2);
        assertThat(shape.toOpenApi()).isEqualTo("""
                {
                  "openapi": "3.0.0",
                  "info": {
                    "version": "1.0.0",
                    "title": "OrderPlaced"
                  },
                  "paths": { },
                  "components": {
                    "schemas": {
                      "AWSEvent": {
                        "type": "object",
                        "required": [
                          "account",
                          "detail",
                          "detail-type",
                          "id",
                          "region",
                          "resources",
                          "source",
                          "time",
                          "version"
                        ],
                        "x-amazon-events-detail-type": "Order Placed",
                        "x-amazon-events-source": "com.acme.shop",
                        "properties": {
                          "account": {
                            "type": "string"
                          },
                          "detail": {
                            "$ref": "#/components/schemas/OrderPlaced"
                          },
                          "detail-type": {
                            "type": "string"
                          },
                          "id": {
                            "type": "string",
                            "format": "uuid"
                          },
                          "region": {
                            "type": "string"
                          },
                          "resources": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          },
                          "source": {
                            "type": "string"
                          },
                          "time": {
                            "type": "string",
                            "format": "date-time"
                          },
                          "version": {
                            "type": "string"
                          }
                        }
                      },
                      "OrderPlaced": {
                        "type": "object",
                        "required": [
                          "coupon",
                          "customer",
                          "lines",
                          "orderId",
                          "total"
                        ],
                        "properties": {
                          "coupon": {
                            "type": "string",
                            "nullable": true
                          },
                          "customer": {
                            "$ref": "#/components/schemas/Customer"
                          },
                          "lines": {
                            "type": "array",
                            "items": {
                              "$ref": "#/components/schemas/Line"
                            }
                          },
                          "orderId": {
                            "type": "string"
                          },
                          "total": {
                            "type": "number",
                            "format": "double"
                          }
                        }
                      },
                      "Customer": {
                        "type": "object",
                        "required": [
                          "name"
                        ],
                        "properties": {
                          "email": {
                            "type": "string",
                            "format": "email"
                          },
                          "name": {
                            "type": "string"
                          }
                        }
                      },
                      "Line": {
                        "type": "object",
                        "required": [
                          "qty",
                          "sku"
                        ],
                        "properties": {
                          "qty": {
                            "type": "integer",
                            "format": "int64"
                          },
                          "sku": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  }
                }""");
    }

    @Test
    void bareSamplesGetOneEventRootComponent() {
        String doc = Events.samples("{\"a\":1}").toOpenApi();
        assertThat(doc)
                .contains("\"title\": \"Event\"")
                .contains("\"Event\": {")
                .doesNotContain("AWSEvent");
    }

    @Test
    void sameShapeGivesByteIdenticalDocumentWhateverTheKeyOrder() {
        String a = Events.samples("{\"b\":{\"y\":1,\"x\":\"s\"},\"a\":[1]}").toOpenApi();
        String b = Events.samples("{\"a\":[2],\"b\":{\"x\":\"t\",\"y\":3}}").toOpenApi();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void neverEmitsAnEmptyRequiredList() {
        String doc =
                Events.samples("{\"a\":{\"x\":1}}", "{\"a\":{\"y\":2}}", "{}").toOpenApi();
        assertThat(doc).doesNotContain("\"required\": [ ]").doesNotContain("\"required\": []");
    }

    @Test
    void nestedComponentNamesAreQualifiedOnCollision() {
        String doc = Events.samples("{\"a\":{\"item\":{\"x\":1}},\"b\":{\"item\":{\"y\":true}}}")
                .toOpenApi();
        assertThat(doc)
                .contains("\"Item\": {")
                .contains("\"BItem\": {")
                .contains("\"$ref\": \"#/components/schemas/BItem\"");
    }

    @Test
    void aNullableObjectIsNullableInsideItsComponent() {
        ShapeSnapshot s = Events.samples("{\"a\":{\"x\":1}}", "{\"a\":null}");
        assertThat(Events.component(s, "Event")).contains("\"a\":{\"$ref\":\"#/components/schemas/A\"}");
        assertThat(Events.component(s, "A")).startsWith("{\"type\":\"object\",\"nullable\":true,");
    }
}
