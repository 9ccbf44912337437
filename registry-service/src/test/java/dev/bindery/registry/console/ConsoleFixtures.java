package dev.bindery.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.catalog.RegistryService;
import dev.bindery.registry.catalog.SchemaService;
import dev.bindery.registry.rules.CompatibilityRules;
import dev.bindery.registry.security.PrincipalService;
import dev.bindery.registry.support.Clients;
import jakarta.inject.Singleton;
import java.net.URL;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/**
 * The data every console test reads, made through the services (a bean of the test's application
 * context): {@code shop} with schema {@code com.shop@OrderPlaced} in two versions, the second of
 * which changes {@code amount} from integer to string (breaking backward compatibility, recorded
 * under the schema's BACKWARD / LENIENT rule, under which the added {@code giftNote} is harmless),
 * and a few more schemas; principals with a role; published events for discovery statistics.
 */
@Singleton
final class ConsoleFixtures {

    static final String REGISTRY = "shop";
    static final String SCHEMA = "com.shop@OrderPlaced";
    static final String V1 = """
            {"openapi":"3.0.0","info":{"title":"OrderPlaced","version":"1"},"paths":{},"components":{"schemas":{
            "OrderPlaced":{"type":"object","required":["orderId"],"properties":{
            "orderId":{"type":"string"},"amount":{"type":"integer"},"currency":{"type":"string"}}}}}}""";
    static final String V2 = V1.replace("\"amount\":{\"type\":\"integer\"}", "\"amount\":{\"type\":\"string\"}")
            .replace(
                    "\"currency\":{\"type\":\"string\"}",
                    "\"currency\":{\"type\":\"string\"},\"giftNote\":{\"type\":\"string\"}");

    private final RegistryService registries;
    private final SchemaService schemas;
    private final CompatibilityRules rules;
    private final PrincipalService principals;

    ConsoleFixtures(
            RegistryService registries, SchemaService schemas, CompatibilityRules rules, PrincipalService principals) {
        this.registries = registries;
        this.schemas = schemas;
        this.rules = rules;
        this.principals = principals;
    }

    /** The {@code shop} registry described above. */
    void shop() {
        registries.create(REGISTRY, "Orders and payments", Map.of());
        schemas.create(REGISTRY, SCHEMA, new SchemaService.Input(V1, "OpenApi3", "First cut", Map.of(), null));
        rules.setSchema(REGISTRY, SCHEMA, "BACKWARD", "LENIENT");
        schemas.update(
                REGISTRY,
                SCHEMA,
                new SchemaService.Input(V2, "OpenApi3", "Amount as a decimal string", null, null),
                false);
        schemas.create(
                REGISTRY,
                "com.shop@PaymentTaken",
                new SchemaService.Input(V1.replace("OrderPlaced", "PaymentTaken"), "OpenApi3", null, Map.of(), null));
    }

    /** An empty registry. */
    void registry(String name) {
        registries.create(name, null, Map.of());
    }

    /** A schema of one version with content {@link #V1}. */
    void schema(String registry, String name) {
        schemas.create(registry, name, new SchemaService.Input(V1, "OpenApi3", null, Map.of(), null));
    }

    /** A new principal with a role (and registry patterns, none for all) and its bearer token. */
    String token(String name, String role, List<String> registryPatterns) {
        principals.create(name, role, registryPatterns);
        return principals.createToken(name, null).token();
    }

    /** A new principal with a role on every registry and its access key. */
    PrincipalService.NewKey accessKey(String name, String role) {
        principals.create(name, role, List.of());
        return principals.createAccessKey(name);
    }

    /**
     * Four {@code ItemAdded} events from {@code source} through PutEvents, half of them with a
     * {@code coupon}: discovery learns {@code <source>@ItemAdded} with {@code coupon} present in 50%.
     */
    static void publishItemsAdded(URL server, String source) {
        try (EventBridgeClient events = Clients.events(server)) {
            for (int i = 0; i < 4; i++) {
                String detail =
                        i % 2 == 0 ? "{\"sku\":\"A-" + i + "\",\"coupon\":\"SPRING\"}" : "{\"sku\":\"B-" + i + "\"}";
                assertThat(events.putEvents(r -> r.entries(PutEventsRequestEntry.builder()
                                        .source(source)
                                        .detailType("ItemAdded")
                                        .detail(detail)
                                        .build()))
                                .failedEntryCount())
                        .isZero();
            }
        }
    }
}
