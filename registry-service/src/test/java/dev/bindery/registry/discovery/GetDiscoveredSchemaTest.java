package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.BadRequestException;
import software.amazon.awssdk.services.schemas.model.Type;

/** GetDiscoveredSchema through the AWS SDK: stateless inference, both output types, bad input. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GetDiscoveredSchemaTest implements TestPropertyProvider {

    private static final String EVENT = """
            {"version":"0","id":"%s","detail-type":"Ticket Created","source":"aws.partner/acme/tickets",
             "account":"111122223333","time":"2026-01-01T10:00:00Z","region":"us-east-1","resources":[],
             "detail":{"ticketId":"T-%s","priority":"%s"}}""";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    @Test
    void infersOpenApiAndJsonSchemaFromTheEventsOfOneRequest() {
        try (SchemasClient schemas = Clients.schemas(server.getURL())) {
            String openApi = schemas.getDiscoveredSchema(r -> r.type(Type.OPEN_API3)
                            .events(EVENT.formatted("a", 1, "high"), EVENT.formatted("b", 2, "low")))
                    .content();
            assertThat(openApi)
                    .contains(
                            "\"title\": \"TicketCreated\"",
                            "\"x-amazon-events-source\": \"aws.partner/acme/tickets\"",
                            "\"ticketId\"");
            String draft4 = schemas.getDiscoveredSchema(
                            r -> r.type(Type.JSON_SCHEMA_DRAFT4).events(EVENT.formatted("a", 1, "high")))
                    .content();
            assertThat(draft4)
                    .contains("\"$schema\":\"http://json-schema.org/draft-04/schema#\"", "#/definitions/TicketCreated");
            assertThat(schemas.listSchemas(r -> r.registryName("discovered-schemas"))
                            .schemas())
                    .as("nothing is stored")
                    .isEmpty();
        }
    }

    @Test
    void refusesMixedKindsTooManyEventsAndMalformedOnes() {
        try (SchemasClient schemas = Clients.schemas(server.getURL())) {
            String other = EVENT.formatted("c", 3, "low").replace("Ticket Created", "Ticket Closed");
            assertThatThrownBy(() -> schemas.getDiscoveredSchema(
                            r -> r.type(Type.OPEN_API3).events(EVENT.formatted("a", 1, "high"), other)))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("single type");
            assertThatThrownBy(() -> schemas.getDiscoveredSchema(r ->
                            r.type(Type.OPEN_API3).events(Collections.nCopies(11, EVENT.formatted("a", 1, "high")))))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("1 to 10 events");
            assertThatThrownBy(() -> schemas.getDiscoveredSchema(
                            r -> r.type(Type.OPEN_API3).events("{\"a\":1,\"a\":2}")))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("Events[0]");
        }
    }
}
