package dev.bindery.registry.console;

import dev.bindery.registry.catalog.RegistryService;
import dev.bindery.registry.catalog.SchemaService;
import dev.bindery.registry.rules.CompatibilityRules;
import java.util.Map;

/**
 * The registry the console tests read: {@code shop} with schema {@code com.shop@OrderPlaced} in two
 * versions, the second of which changes {@code amount} from integer to string (breaking backward
 * compatibility, recorded under the schema's BACKWARD / LENIENT rule, under which the added {@code giftNote} is harmless), and a few more schemas.
 */
final class ConsoleFixtures {

    static final String REGISTRY = "shop";
    static final String SCHEMA = "com.shop@OrderPlaced";
    static final String V1 = """
            {"openapi":"3.0.0","info":{"title":"OrderPlaced","version":"1"},"paths":{},"components":{"schemas":{
            "OrderPlaced":{"type":"object","required":["orderId"],"properties":{
            "orderId":{"type":"string"},"amount":{"type":"integer"},"currency":{"type":"string"}}}}}}""";
    static final String V2 = V1.replace("\"amount\":{\"type\":\"integer\"}", "\"amount\":{\"type\":\"string\"}")
            .replace("\"currency\":{\"type\":\"string\"}", "\"currency\":{\"type\":\"string\"},\"giftNote\":{\"type\":\"string\"}");

    private ConsoleFixtures() {
    }

    static void create(RegistryService registries, SchemaService schemas, CompatibilityRules rules) {
        registries.create(REGISTRY, "Orders and payments", Map.of());
        schemas.create(REGISTRY, SCHEMA, new SchemaService.Input(V1, "OpenApi3", "First cut", Map.of(), null));
        rules.setSchema(REGISTRY, SCHEMA, "BACKWARD", "LENIENT");
        schemas.update(REGISTRY, SCHEMA, new SchemaService.Input(V2, "OpenApi3", "Amount as a decimal string", null,
                null), false);
        schemas.create(REGISTRY, "com.shop@PaymentTaken", new SchemaService.Input(V1.replace("OrderPlaced",
                "PaymentTaken"), "OpenApi3", null, Map.of(), null));
    }
}
