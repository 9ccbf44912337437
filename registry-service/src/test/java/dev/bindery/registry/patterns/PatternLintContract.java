package dev.bindery.registry.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.Type;

/**
 * The pattern lint over real HTTP, against a declared registry (orders-team) and schemas discovered from events
 * sent with PutEvents: a table of patterns, each with exactly the findings (kind at path, and the suggestion where
 * one is expected) it must produce.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PatternLintContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER_PLACED = """
            {"openapi":"3.0.0","info":{"version":"1.0.0","title":"OrderPlaced"},"paths":{},
             "components":{"schemas":{
              "AWSEvent":{"type":"object","required":["detail","detail-type","source"],
               "x-amazon-events-source":"com.acme.orders","x-amazon-events-detail-type":"Order Placed",
               "properties":{"detail":{"$ref":"#/components/schemas/OrderPlaced"},
                "detail-type":{"type":"string"},"source":{"type":"string"}}},
              "OrderPlaced":{"type":"object","required":["orderId","status","total","customer"],
               "properties":{"orderId":{"type":"string"},
                "status":{"type":"string","enum":["PLACED","PAID","SHIPPED"]},
                "total":{"type":"number"},
                "customer":{"$ref":"#/components/schemas/Customer"},
                "items":{"type":"array","items":{"$ref":"#/components/schemas/Item"}},
                "ip":{"type":"string","format":"ipv4"},
                "createdAt":{"type":"string","format":"date-time"},
                "coupon":{"type":"string","nullable":true}}},
              "Customer":{"type":"object","required":["id"],
               "properties":{"id":{"type":"string"},"tier":{"type":"string"}}},
              "Item":{"type":"object","properties":{"sku":{"type":"string"},"qty":{"type":"integer"}}}}}}""";
    private static final String ORDER_CANCELLED = """
            {"openapi":"3.0.0","info":{"version":"1.0.0","title":"OrderCancelled"},"paths":{},
             "components":{"schemas":{
              "AWSEvent":{"type":"object","x-amazon-events-source":"com.acme.orders",
               "x-amazon-events-detail-type":"Order Cancelled",
               "properties":{"detail":{"$ref":"#/components/schemas/OrderCancelled"}}},
              "OrderCancelled":{"type":"object","required":["orderId","reason"],
               "properties":{"orderId":{"type":"string"},
                "reason":{"type":"string","enum":["CUSTOMER","FRAUD"]}}}}}}""";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * The datasource properties, a zero version window, so that discovered versions (and samples) are written at
     * once, and 10 sampled events per schema (12 are sent).
     */
    static Map<String, String> properties(Map<String, String> datasource) {
        Map<String, String> properties = new HashMap<>(datasource);
        properties.put("bindery.discovery.version-window", "0s");
        properties.put("bindery.discovery.samples", "10");
        return properties;
    }

    @BeforeAll
    void schemas() throws Exception {
        try (SchemasClient schemas = Clients.schemas(server.getURL());
                EventBridgeClient events = Clients.events(server.getURL())) {
            schemas.createRegistry(r -> r.registryName("orders-team"));
            schemas.createSchema(r -> r.registryName("orders-team")
                    .schemaName("com.acme.orders@OrderPlaced")
                    .type(Type.OPEN_API3)
                    .content(ORDER_PLACED));
            schemas.createSchema(r -> r.registryName("orders-team")
                    .schemaName("com.acme.orders@OrderCancelled")
                    .type(Type.OPEN_API3)
                    .content(ORDER_CANCELLED));
            List<PutEventsRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                entries.add(PutEventsRequestEntry.builder()
                        .source("com.acme.billing")
                        .detailType("Invoice Paid")
                        .detail("{\"invoiceId\":\"i-" + i + "\",\"amount\":" + (10 + i) + ".5,\"currency\":\""
                                + (i % 2 == 0 ? "EUR" : "USD") + "\"}")
                        .build());
                if (entries.size() == 10 || i == 11) {
                    assertThat(events.putEvents(r -> r.entries(entries)).failedEntryCount())
                            .isZero();
                    entries.clear();
                }
            }
            // a schema discovered on another bus only
            schemas.createDiscoverer(r -> r.sourceArn("arn:aws:events:us-east-1:000000000000:event-bus/payments"));
            assertThat(events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                                    .eventBusName("payments")
                                    .source("com.acme.payments")
                                    .detailType("Refund Issued")
                                    .detail("{\"refundId\":\"r-1\"}")
                                    .build()))
                            .failedEntryCount())
                    .isZero();
            for (int i = 0; i < 200; i++) {
                try {
                    String content = schemas.describeSchema(r ->
                                    r.registryName("discovered-schemas").schemaName("com.acme.billing@InvoicePaid"))
                            .content();
                    if (content.contains("\"enum\"")) {
                        return;
                    }
                } catch (software.amazon.awssdk.services.schemas.model.NotFoundException notYet) {
                    // discovery writes the version in the background
                }
                Thread.sleep(100);
            }
            throw new AssertionError("com.acme.billing@InvoicePaid was not discovered with its currencies");
        }
    }

    /** An expected finding: its kind at its path, and its suggestion when one is given. */
    record Expected(String kind, String path, String suggestion) {}

    record Case(String pattern, List<Expected> findings) {}

    private static Expected f(String kind, String path) {
        return new Expected(kind, path, null);
    }

    private static Expected f(String kind, String path, String suggestion) {
        return new Expected(kind, path, suggestion);
    }

    private static final String ORDERS = "\"source\":[\"com.acme.orders\"],\"detail-type\":[\"Order Placed\"]";

    private static Case placed(String detail, Expected... findings) {
        return new Case("{" + ORDERS + ",\"detail\":" + detail + "}", List.of(findings));
    }

    private static Case pattern(String pattern, Expected... findings) {
        return new Case(pattern, List.of(findings));
    }

    static List<Case> table() {
        List<Case> t = new ArrayList<>();
        t.add(placed("{\"status\":[\"PAID\"]}"));
        // envelope keys
        t.add(pattern(
                "{\"source\":[\"com.acme.orders\"],\"detailType\":[\"Order Placed\"]}",
                f("UNKNOWN_ENVELOPE_KEY", "detailType", "detail-type")));
        t.add(pattern(
                "{\"source\":[\"com.acme.orders\"],\"detail_type\":[\"Order Placed\"]}",
                f("UNKNOWN_ENVELOPE_KEY", "detail_type", "detail-type")));
        t.add(pattern("{\"Source\":[\"com.acme.orders\"]}", f("UNKNOWN_ENVELOPE_KEY", "Source", "source")));
        t.add(pattern("{\"Detail\":{\"status\":[\"PAID\"]}}", f("UNKNOWN_ENVELOPE_KEY", "Detail", "detail")));
        t.add(pattern(
                "{\"source\":[\"com.acme.orders\"],\"DetailType\":[\"Order Placed\"]}",
                f("UNKNOWN_ENVELOPE_KEY", "DetailType", "detail-type")));
        // sources and detail-types
        t.add(pattern("{\"source\":[\"com.acme.order\"]}", f("UNKNOWN_SOURCE", "source", "com.acme.orders")));
        t.add(pattern(
                "{\"source\":[\"com.acme.orders\"],\"detail-type\":[\"Order Placd\"]}",
                f("UNKNOWN_DETAIL_TYPE", "detail-type", "Order Placed")));
        t.add(pattern(
                "{\"source\":[\"com.acme.orders\"],\"detail-type\":[\"Invoice Paid\"]}",
                f("UNKNOWN_DETAIL_TYPE", "detail-type")));
        t.add(pattern("{\"source\":[{\"prefix\":\"com.acme.ord\"}]}"));
        t.add(pattern("{\"source\":[{\"prefix\":\"org.\"}]}", f("UNKNOWN_SOURCE", "source")));
        t.add(pattern("{\"detail-type\":[{\"equals-ignore-case\":\"order placed\"}]}"));
        t.add(pattern("{\"detail-type\":[{\"wildcard\":\"Order *\"}]}"));
        t.add(pattern(
                "{\"$or\":[{\"source\":[\"com.acme.orders\"]},{\"source\":[\"com.acme.billng\"]}]}",
                f("UNKNOWN_SOURCE", "source", "com.acme.billing")));
        // detail paths
        t.add(placed("{\"stauts\":[\"PAID\"]}", f("UNKNOWN_FIELD", "detail.stauts", "detail.status")));
        t.add(placed("{\"order_id\":[\"o-1\"]}", f("UNKNOWN_FIELD", "detail.order_id", "detail.orderId")));
        t.add(placed("{\"OrderId\":[\"o-1\"]}", f("UNKNOWN_FIELD", "detail.OrderId", "detail.orderId")));
        t.add(placed(
                "{\"customer\":{\"tierr\":[\"gold\"]}}",
                f("UNKNOWN_FIELD", "detail.customer.tierr", "detail.customer.tier")));
        t.add(placed("{\"customer\":[\"gold\"]}", f("NOT_A_LEAF", "detail.customer", "detail.customer.id")));
        t.add(placed("{\"items\":{\"sku\":[\"A-1\"]}}"));
        t.add(placed("{\"items\":{\"skuu\":[\"A-1\"]}}", f("UNKNOWN_FIELD", "detail.items.skuu", "detail.items.sku")));
        t.add(placed("{\"items\":{\"qty\":[{\"numeric\":[\">\",1]}]}}"));
        t.add(pattern(
                "{\"source\":[\"com.acme.orders\"],\"$or\":[{\"detail\":{\"status\":[\"PAID\"]}},"
                        + "{\"detail\":{\"totl\":[{\"numeric\":[\">\",1]}]}}]}",
                f("UNKNOWN_FIELD", "detail.totl", "detail.total")));
        // values
        t.add(placed("{\"status\":[\"DELIVERED\"]}", f("VALUE_NOT_IN_ENUM", "detail.status")));
        t.add(placed("{\"status\":[\"Paid\"]}", f("VALUE_NOT_IN_ENUM", "detail.status", "PAID")));
        t.add(placed("{\"status\":[{\"prefix\":\"PA\"}]}"));
        t.add(pattern(
                "{\"source\":[\"com.acme.orders\"],\"detail\":{\"reason\":[\"x\"]}}",
                f("VALUE_NOT_IN_ENUM", "detail.reason")));
        t.add(pattern(
                "{\"source\":[\"com.acme.billing\"],\"detail-type\":[\"Invoice Paid\"],"
                        + "\"detail\":{\"currency\":[\"GBP\"]}}",
                f("VALUE_NEVER_OBSERVED", "detail.currency"),
                f(SampledMatches.KIND, "")));
        t.add(pattern(
                "{\"source\":[\"com.acme.billing\"],\"detail\":{\"currency\":[\"usd\"]}}",
                f("VALUE_NEVER_OBSERVED", "detail.currency", "USD"),
                f(SampledMatches.KIND, "")));
        t.add(pattern("{\"source\":[\"com.acme.billing\"],\"detail\":{\"currency\":[\"EUR\"]}}"));
        // matcher types
        t.add(placed("{\"total\":[{\"numeric\":[\">\",100]}]}"));
        t.add(placed("{\"orderId\":[{\"numeric\":[\">\",100]}]}", f("TYPE_MISMATCH", "detail.orderId")));
        t.add(placed("{\"total\":[\"100\"]}", f("TYPE_MISMATCH", "detail.total", "100")));
        t.add(placed("{\"total\":[100]}"));
        t.add(placed("{\"orderId\":[123]}", f("TYPE_MISMATCH", "detail.orderId", "\"123\"")));
        t.add(placed("{\"total\":[{\"prefix\":\"1\"}]}", f("TYPE_MISMATCH", "detail.total")));
        t.add(placed("{\"total\":[{\"suffix\":\"0\"}]}", f("TYPE_MISMATCH", "detail.total")));
        t.add(placed("{\"total\":[{\"wildcard\":\"1*\"}]}", f("TYPE_MISMATCH", "detail.total")));
        t.add(placed("{\"total\":[{\"anything-but\":{\"prefix\":\"1\"}}]}", f("TYPE_MISMATCH", "detail.total")));
        t.add(placed("{\"ip\":[{\"cidr\":\"10.0.0.0/8\"}]}"));
        t.add(placed("{\"createdAt\":[{\"cidr\":\"10.0.0.0/8\"}]}", f("TYPE_MISMATCH", "detail.createdAt")));
        t.add(placed("{\"total\":[{\"cidr\":\"10.0.0.0/8\"}]}", f("TYPE_MISMATCH", "detail.total")));
        t.add(pattern("{\"source\":[\"com.acme.billing\"],\"detail\":{\"amount\":[{\"numeric\":[\">\",10]}]}}"));
        t.add(pattern(
                "{\"source\":[\"com.acme.billing\"],\"detail\":{\"amount\":[{\"prefix\":\"1\"}]}}",
                f("TYPE_MISMATCH", "detail.amount")));
        // exists
        t.add(placed("{\"orderId\":[{\"exists\":true}]}", f("EXISTS_ALWAYS_TRUE", "detail.orderId")));
        t.add(placed("{\"orderId\":[{\"exists\":false}]}", f("EXISTS_NEVER_TRUE", "detail.orderId")));
        t.add(placed("{\"coupon\":[{\"exists\":false}]}"));
        t.add(placed("{\"coupon\":[{\"exists\":true}]}"));
        t.add(pattern("{\"source\":[\"com.acme.orders\"],\"detail\":{\"status\":[{\"exists\":true}]}}"));
        t.add(pattern("{\"account\":[{\"exists\":false}]}", f("EXISTS_NEVER_TRUE", "account")));
        // patterns that match everything
        t.add(pattern("{\"source\":[{\"prefix\":\"\"}]}", f("MATCHES_EVERYTHING", "")));
        t.add(pattern(
                "{\"source\":[{\"exists\":true}]}", f("EXISTS_ALWAYS_TRUE", "source"), f("MATCHES_EVERYTHING", "")));
        t.add(pattern("{\"detail-type\":[{\"wildcard\":\"*\"}]}", f("MATCHES_EVERYTHING", "")));
        // the schemas admit it, the sampled events of com.acme.billing@InvoicePaid do not
        t.add(pattern("{\"resources\":[\"arn:aws:s3:::b\"]}", f(SampledMatches.KIND, "")));
        return t;
    }

    @Test
    void everyPatternOfTheTableGetsExactlyItsFindings() throws Exception {
        List<Case> table = table();
        assertThat(table).hasSizeGreaterThanOrEqualTo(40);
        List<String> wrong = new ArrayList<>();
        for (Case c : table) {
            JsonNode answer = lint(c.pattern(), "orders-team");
            TreeSet<String> actual = new TreeSet<>();
            Map<String, String> suggestions = new HashMap<>();
            answer.path("Findings").forEach(finding -> {
                String key = finding.path("Kind").asText() + " at '"
                        + finding.path("Path").asText() + "'";
                actual.add(key);
                suggestions.put(key, finding.path("Suggestion").asText(null));
                assertThat(finding.path("Severity").asText()).isIn("ERROR", "WARNING");
                assertThat(finding.path("Message").asText()).isNotBlank();
            });
            TreeSet<String> expected = new TreeSet<>();
            for (Expected e : c.findings()) {
                String key = e.kind() + " at '" + e.path() + "'";
                expected.add(key);
                if (e.suggestion() != null && !e.suggestion().equals(suggestions.get(key))) {
                    wrong.add(c.pattern() + ": " + key + " suggested " + suggestions.get(key) + ", not "
                            + e.suggestion());
                }
            }
            if (!actual.equals(expected)) {
                wrong.add(c.pattern() + ": expected " + expected + ", got " + answer.path("Findings"));
            }
        }
        assertThat(wrong).as("patterns linted wrongly").isEmpty();
    }

    @Test
    void theAnswerListsTheSchemasThePatternCanMatchWithSeverities() throws Exception {
        JsonNode answer = lint("{\"source\":[\"com.acme.orders\"],\"detail\":{\"stauts\":[\"PAID\"]}}", "orders-team");
        assertThat(answer.path("MatchingSchemas").findValuesAsText("SchemaName"))
                .containsExactlyInAnyOrder("com.acme.orders@OrderPlaced", "com.acme.orders@OrderCancelled");
        assertThat(answer.path("MatchingSchemas").get(0).path("RegistryName").asText())
                .isEqualTo("orders-team");
        JsonNode finding = answer.path("Findings").get(0);
        assertThat(finding.path("Severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("Message").asText()).contains("detail.stauts");
        JsonNode warning = lint("{\"source\":[\"com.acme.billing\"],\"detail\":{\"currency\":[\"GBP\"]}}", null)
                .path("Findings")
                .get(0);
        assertThat(warning.path("Severity").asText()).isEqualTo("WARNING");
        assertThat(warning.path("Message").asText()).contains("EUR", "USD", "GBP");
    }

    @Test
    void eachMatchingDiscoveredSchemaSaysHowManyOfItsSampledEventsThePatternMatches() throws Exception {
        // the newest 10 of the 12 invoices: i-2 … i-11, EUR for even i (5 of them), amounts 12.5 … 21.5
        JsonNode euros = lint("{\"source\":[\"com.acme.billing\"],\"detail\":{\"currency\":[\"EUR\"]}}", "orders-team");
        assertThat(euros.path("Findings")).isEmpty();
        JsonNode invoices = euros.path("MatchingSchemas").get(0);
        assertThat(invoices.path("RegistryName").asText()).isEqualTo("discovered-schemas");
        assertThat(invoices.path("SchemaName").asText()).isEqualTo("com.acme.billing@InvoicePaid");
        assertThat(invoices.path("SampledEvents").asInt()).isEqualTo(10);
        assertThat(invoices.path("MatchedEvents").asInt()).isEqualTo(5);

        JsonNode large = lint(
                "{\"source\":[\"com.acme.billing\"],\"detail\":{\"amount\":[{\"numeric\":[\">=\",20]}],"
                        + "\"invoiceId\":[{\"prefix\":\"i-1\"}]}}",
                null);
        assertThat(large.path("MatchingSchemas").get(0).path("MatchedEvents").asInt())
                .isEqualTo(2); // i-10, i-11

        JsonNode none =
                lint("{\"source\":[\"com.acme.billing\"],\"detail\":{\"amount\":[{\"numeric\":[\">\",1000]}]}}", null);
        assertThat(none.path("MatchingSchemas").get(0).path("MatchedEvents").asInt())
                .isZero();
        JsonNode warning = none.path("Findings").get(0);
        assertThat(warning.path("Kind").asText()).isEqualTo(SampledMatches.KIND);
        assertThat(warning.path("Severity").asText()).isEqualTo("WARNING");
        assertThat(warning.path("Message").asText())
                .contains("none of the 10 recent events", "com.acme.billing@InvoicePaid");

        JsonNode orders =
                lint("{\"source\":[\"com.acme.orders\"]}", "orders-team").path("MatchingSchemas");
        assertThat(orders).isNotEmpty();
        orders.forEach(schema -> assertThat(schema.has("SampledEvents"))
                .as("declared, not sampled")
                .isFalse());
    }

    @Test
    void aStoredRuleIsLintedByNameAndBadInputIsA400() throws Exception {
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            events.putRule(r -> r.name("typo")
                    .eventBusName("orders")
                    .eventPattern("{\"source\":[\"com.acme.billing\"],\"detailType\":[\"Invoice Paid\"]}"));
        }
        HttpResponse<String> rule = http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/rules/name/typo/lint?eventBusName=orders"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rule.statusCode()).isEqualTo(200);
        // the rule's bus, orders, has no discovered schema: the lint says so, and still reads the envelope keys
        JsonNode findings = JSON.readTree(rule.body()).path("Findings");
        assertThat(findings.findValuesAsText("Kind")).containsExactly("NO_KNOWN_SCHEMAS", "UNKNOWN_ENVELOPE_KEY");
        assertThat(findings.get(1).path("Suggestion").asText()).isEqualTo("detail-type");

        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/rules/name/typo/lint"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Rule typo does not exist on EventBus default");

        HttpResponse<String> invalid = post("{\"EventPattern\":\"{\\\"source\\\":\\\"x\\\"}\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
        assertThat(invalid.body()).contains("must be an object or an array");
        HttpResponse<String> noRegistry =
                post("{\"EventPattern\":\"{\\\"source\\\":[\\\"x\\\"]}\"," + "\"RegistryName\":\"nope\"}");
        assertThat(noRegistry.statusCode()).isEqualTo(404);
    }

    @Test
    void theDiscoveredSchemasAreThoseOfThePatternsBus() throws Exception {
        String refunds = "{\"source\":[\"com.acme.payments\"]}";
        JsonNode onDefault = lint(refunds, null);
        assertThat(onDefault.path("Findings").findValuesAsText("Kind")).containsExactly("UNKNOWN_SOURCE");
        assertThat(onDefault.path("MatchingSchemas")).isEmpty();
        JsonNode onPayments = lint(refunds, null, "payments");
        assertThat(onPayments.path("Findings")).isEmpty();
        assertThat(onPayments.path("MatchingSchemas").findValuesAsText("SchemaName"))
                .containsExactly("com.acme.payments@RefundIssued");
        assertThat(onPayments
                        .path("MatchingSchemas")
                        .get(0)
                        .path("SampledEvents")
                        .asInt())
                .isEqualTo(1);
        JsonNode billingOnPayments = lint(
                "{\"source\":[\"com.acme.billing\"]}",
                null,
                "arn:aws:events:us-east-1:000000000000:event-bus/payments");
        assertThat(billingOnPayments.path("Findings").findValuesAsText("Kind")).containsExactly("UNKNOWN_SOURCE");
        assertThat(billingOnPayments.path("MatchingSchemas")).isEmpty();
    }

    private JsonNode lint(String pattern, String registry) throws Exception {
        return lint(pattern, registry, "default");
    }

    private JsonNode lint(String pattern, String registry, String bus) throws Exception {
        Map<String, String> body = new HashMap<>(Map.of("EventPattern", pattern, "EventBusName", bus));
        if (registry != null) {
            body.put("RegistryName", registry);
        }
        HttpResponse<String> response = post(JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(pattern + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/v1/patterns/lint"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
