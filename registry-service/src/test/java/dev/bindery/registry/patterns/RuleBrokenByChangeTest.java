package dev.bindery.registry.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.ConflictException;
import software.amazon.awssdk.services.schemas.model.Type;

/**
 * A schema change that breaks a stored, enabled rule says so: in the compatibility check against the latest
 * version and in the new version's recorded judgement ({@code RULE_BROKEN}, not breaking under NONE), and
 * UpdateSchema under an enforced mode refuses it, naming the rule. Disabled rules and rules about other events
 * are not reported.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleBrokenByChangeTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    private static String content(String idName, String... statuses) {
        List<String> quoted = new ArrayList<>();
        for (String status : statuses) {
            quoted.add("\"" + status + "\"");
        }
        return """
                {"openapi":"3.0.0","info":{"version":"1.0.0","title":"OrderPlaced"},"paths":{},
                 "components":{"schemas":{
                  "AWSEvent":{"type":"object","required":["detail"],"x-amazon-events-source":"com.acme.orders",
                   "x-amazon-events-detail-type":"Order Placed",
                   "properties":{"detail":{"$ref":"#/components/schemas/OrderPlaced"}}},
                  "OrderPlaced":{"type":"object","required":["%s","status"],
                   "properties":{"%s":{"type":"string"},"status":{"type":"string","enum":[%s]}}}}}}""".formatted(idName, idName, String.join(",", quoted));
    }

    @BeforeAll
    void rules() {
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            events.putRule(r -> r.name("paid-orders")
                    .eventPattern("{\"source\":[\"com.acme.orders\"],"
                            + "\"detail-type\":[\"Order Placed\"],\"detail\":{\"status\":[\"PAID\"],"
                            + "\"orderId\":[{\"exists\":true}]}}"));
            events.putRule(r -> r.name("paused")
                    .state(RuleState.DISABLED)
                    .eventPattern("{\"source\":[\"com.acme.orders\"],\"detail\":{\"orderId\":[\"o-1\"]}}"));
            events.putRule(r -> r.name("billing")
                    .eventBusName("payments")
                    .eventPattern("{\"source\":[\"com.acme.billing\"],\"detail\":{\"orderId\":[\"o-1\"]}}"));
        }
    }

    @Test
    void aRenamedFieldIsReportedInTheCheckAndInTheVersionsJudgementUnderNone() throws Exception {
        try (SchemasClient schemas = Clients.schemas(server.getURL())) {
            schemas.createRegistry(r -> r.registryName("shop-none"));
            schemas.createSchema(r -> r.registryName("shop-none")
                    .schemaName("com.acme.orders@OrderPlaced")
                    .type(Type.OPEN_API3)
                    .content(content("orderId", "PLACED", "PAID")));
            String path = "/v1/registries/name/shop-none/schemas/name/com.acme.orders@OrderPlaced";
            JsonNode check = post(
                    path + "/compatibility/check",
                    JSON.writeValueAsString(Map.of("Type", "OpenApi3", "Content", content("id", "PLACED", "PAID"))));
            assertThat(check.path("Compatible").asBoolean()).isTrue();
            List<JsonNode> broken = ruleBroken(check.path("Findings"));
            assertThat(broken).hasSize(1);
            assertThat(broken.get(0).path("Message").asText())
                    .contains("paid-orders", "detail.orderId")
                    .doesNotContain("paused", "billing");
            assertThat(broken.get(0).path("Breaking").asBoolean()).isFalse();

            schemas.updateSchema(r -> r.registryName("shop-none")
                    .schemaName("com.acme.orders@OrderPlaced")
                    .type(Type.OPEN_API3)
                    .content(content("id", "PLACED", "PAID")));
            JsonNode judgement = get(path + "/version/2/compatibility");
            List<JsonNode> recorded = ruleBroken(judgement.path("Findings"));
            assertThat(recorded).hasSize(1);
            assertThat(recorded.get(0).path("Message").asText()).contains("paid-orders");
        }
    }

    @Test
    void anEnforcedModeRefusesAVersionThatDropsTheEnumValueARuleMatches() throws Exception {
        try (SchemasClient schemas = Clients.schemas(server.getURL())) {
            schemas.createRegistry(r -> r.registryName("shop-forward"));
            schemas.createSchema(r -> r.registryName("shop-forward")
                    .schemaName("com.acme.orders@OrderPlaced")
                    .type(Type.OPEN_API3)
                    .content(content("orderId", "PLACED", "PAID")));
            String path = "/v1/registries/name/shop-forward/schemas/name/com.acme.orders@OrderPlaced";
            // narrowing an enum is FORWARD compatible: only the rule stands in the way
            send("PUT", path + "/compatibility", "{\"Mode\":\"FORWARD\"}");
            assertThatThrownBy(() -> schemas.updateSchema(r -> r.registryName("shop-forward")
                            .schemaName("com.acme.orders@OrderPlaced")
                            .type(Type.OPEN_API3)
                            .content(content("orderId", "PLACED", "SHIPPED"))))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("paid-orders")
                    .hasMessageContaining("PAID");
            assertThat(schemas.describeSchema(
                                    r -> r.registryName("shop-forward").schemaName("com.acme.orders@OrderPlaced"))
                            .schemaVersion())
                    .isEqualTo("1");
            // a change no enabled rule depends on is accepted
            schemas.updateSchema(r -> r.registryName("shop-forward")
                    .schemaName("com.acme.orders@OrderPlaced")
                    .type(Type.OPEN_API3)
                    .content(content("orderId", "PAID")));
            assertThat(ruleBroken(get(path + "/version/2/compatibility").path("Findings")))
                    .isEmpty();
        }
    }

    private static List<JsonNode> ruleBroken(JsonNode findings) {
        List<JsonNode> broken = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("Kind").asText().equals("RULE_BROKEN")) {
                broken.add(f);
            }
        });
        return broken;
    }

    private JsonNode get(String path) throws Exception {
        return send("GET", path, null);
    }

    private JsonNode post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path.replace("@", "%40")))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
