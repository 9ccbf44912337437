package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Clients;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.ConflictException;
import software.amazon.awssdk.services.schemas.model.SchemaVersionSummary;
import software.amazon.awssdk.services.schemas.model.Type;

/**
 * Compatibility rules, checks, diffs, enforcement on UpdateSchema (through the real AWS SDK) and the
 * judgements recorded with discovered versions. Subclasses run it against each supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CompatibilityApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    SchemasClient schemas;
    EventBridgeClient events;

    @BeforeAll
    void connect() {
        schemas = Clients.schemas(server.getURL());
        events = Clients.events(server.getURL());
    }

    @AfterAll
    void disconnect() {
        schemas.close();
        events.close();
    }

    /** An OpenAPI 3 document whose detail has the given properties ({@code name:type}, required when marked {@code !}). */
    private static String detail(String... properties) {
        StringBuilder props = new StringBuilder();
        StringBuilder required = new StringBuilder();
        for (String p : properties) {
            boolean req = p.endsWith("!");
            String[] nameType = (req ? p.substring(0, p.length() - 1) : p).split(":");
            props.append(props.length() == 0 ? "" : ",")
                    .append("\"")
                    .append(nameType[0])
                    .append("\":{\"type\":\"")
                    .append(nameType[1])
                    .append("\"}");
            if (req) {
                required.append(required.length() == 0 ? "" : ",")
                        .append("\"")
                        .append(nameType[0])
                        .append("\"");
            }
        }
        return "{\"openapi\":\"3.0.0\",\"info\":{\"version\":\"1.0.0\",\"title\":\"Order\"},\"paths\":{},"
                + "\"components\":{\"schemas\":{"
                + "\"AWSEvent\":{\"type\":\"object\",\"required\":[\"detail\"],"
                + "\"properties\":{\"detail\":{\"$ref\":\"#/components/schemas/Order\"}}},"
                + "\"Order\":{\"type\":\"object\"," + (required.length() == 0 ? "" : "\"required\":[" + required + "],")
                + "\"properties\":{" + props + "}}}}}";
    }

    private String newRegistry() {
        String name = "compat-" + UUID.randomUUID().toString().substring(0, 8);
        schemas.createRegistry(r -> r.registryName(name));
        return name;
    }

    private void create(String registry, String schema, String content) {
        schemas.createSchema(r ->
                r.registryName(registry).schemaName(schema).type(Type.OPEN_API3).content(content));
    }

    private String update(String registry, String schema, String content) {
        return schemas.updateSchema(r -> r.registryName(registry)
                        .schemaName(schema)
                        .type(Type.OPEN_API3)
                        .content(content))
                .schemaVersion();
    }

    private List<String> versions(String registry, String schema) {
        return schemas
                .listSchemaVersionsPaginator(r -> r.registryName(registry).schemaName(schema))
                .schemaVersions()
                .stream()
                .map(SchemaVersionSummary::schemaVersion)
                .toList();
    }

    private JsonNode call(String method, String path, String body, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s %s: %s", method, path, response.body())
                .isEqualTo(expectedStatus);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static String schemaPath(String registry, String schema) {
        return "/v1/registries/name/" + registry + "/schemas/name/" + URLEncoder.encode(schema, StandardCharsets.UTF_8);
    }

    private static String rule(String mode, String policy) throws Exception {
        var body = JSON.createObjectNode();
        if (mode != null) {
            body.put("Mode", mode);
        }
        if (policy != null) {
            body.put("Policy", policy);
        }
        return JSON.writeValueAsString(body);
    }

    private static String candidate(String content) throws Exception {
        return JSON.writeValueAsString(
                JSON.createObjectNode().put("Content", content).put("Type", "OpenApi3"));
    }

    @Test
    void aNewRegistryChecksNothingAsEventBridgeAndDiscoveredSchemasAreJudgedBackwardLenient() throws Exception {
        String registry = newRegistry();
        JsonNode own = call("GET", "/v1/registries/name/" + registry + "/compatibility", null, 200);
        assertThat(own.path("Mode").asText()).isEqualTo("NONE");
        assertThat(own.path("Policy").asText()).isEqualTo("LENIENT");
        assertThat(own.path("ModeSetOn").asText()).isEqualTo("DEFAULT");

        JsonNode discovered = call("GET", "/v1/registries/name/discovered-schemas/compatibility", null, 200);
        assertThat(discovered.path("Mode").asText()).isEqualTo("BACKWARD");
        assertThat(discovered.path("ModeSetOn").asText()).isEqualTo("REGISTRY");

        create(registry, "Orders", detail("id:string!"));
        assertThat(update(registry, "Orders", detail("id:integer!")))
                .as("NONE accepts any valid change")
                .isEqualTo("2");
        JsonNode recorded = call("GET", schemaPath(registry, "Orders") + "/version/2/compatibility", null, 200);
        assertThat(recorded.path("Compatible").asBoolean()).isTrue();
        assertThat(recorded.path("Findings").get(0).path("Kind").asText())
                .as("what changed is recorded")
                .isEqualTo("TYPE_CHANGED");
        assertThat(recorded.path("Findings").get(0).path("Breaking").asBoolean())
                .isFalse();
        assertThat(List.copyOf(recorded.path("Findings").get(0).properties()).stream()
                        .map(java.util.Map.Entry::getKey)
                        .toList())
                .as("a recorded finding's members on the wire, in order")
                .containsExactly("Version", "Path", "Kind", "Effect", "Message", "Breaking");
    }

    @Test
    void aSchemaOverridesItsRegistryMemberByMemberAndDeletingTheOverrideInheritsAgain() throws Exception {
        String registry = newRegistry();
        create(registry, "Orders", detail("id:string!"));
        call("PUT", "/v1/registries/name/" + registry + "/compatibility", rule("FORWARD", "STRICT"), 200);

        JsonNode inherited = call("GET", schemaPath(registry, "Orders") + "/compatibility", null, 200);
        assertThat(inherited.path("Mode").asText()).isEqualTo("FORWARD");
        assertThat(inherited.path("ModeSetOn").asText()).isEqualTo("REGISTRY");

        JsonNode own =
                call("PUT", schemaPath(registry, "Orders") + "/compatibility", rule("FULL_TRANSITIVE", null), 200);
        assertThat(own.path("Mode").asText()).isEqualTo("FULL_TRANSITIVE");
        assertThat(own.path("ModeSetOn").asText()).isEqualTo("SCHEMA");
        assertThat(own.path("Policy").asText()).isEqualTo("STRICT");
        assertThat(own.path("PolicySetOn").asText()).isEqualTo("REGISTRY");

        JsonNode cleared = call("DELETE", schemaPath(registry, "Orders") + "/compatibility", null, 200);
        assertThat(cleared.path("Mode").asText()).isEqualTo("FORWARD");
        assertThat(cleared.path("ModeSetOn").asText()).isEqualTo("REGISTRY");
    }

    @Test
    void unknownModesAndMissingResourcesGetErrorsThatNameThem() throws Exception {
        String registry = newRegistry();
        JsonNode bad = call("PUT", "/v1/registries/name/" + registry + "/compatibility", rule("SIDEWAYS", null), 400);
        assertThat(bad.path("Code").asText()).isEqualTo("BadRequestException");
        assertThat(bad.path("Message").asText()).contains("SIDEWAYS").contains("BACKWARD_TRANSITIVE");
        JsonNode badPolicy =
                call("PUT", "/v1/registries/name/" + registry + "/compatibility", rule(null, "LOOSE"), 400);
        assertThat(badPolicy.path("Message").asText()).contains("LOOSE").contains("STRICT");

        JsonNode noRegistry = call("GET", "/v1/registries/name/no-such-" + registry + "/compatibility", null, 404);
        assertThat(noRegistry.path("Code").asText()).isEqualTo("NotFoundException");
        JsonNode noSchema = call(
                "POST", schemaPath(registry, "Missing") + "/compatibility/check", candidate(detail("id:string")), 404);
        assertThat(noSchema.path("Message").asText()).contains("Missing");
        JsonNode badContent = call(
                "POST",
                schemaPath(registry, "Missing") + "/compatibility/check",
                "{\"Content\":\"{not json\",\"Type\":\"OpenApi3\"}",
                400);
        assertThat(badContent.path("Code").asText()).isEqualTo("BadRequestException");
    }

    @Test
    void updateSchemaRefusesAnIncompatibleVersionThroughTheSdkAndStoresNothing() throws Exception {
        String registry = newRegistry();
        call("PUT", "/v1/registries/name/" + registry + "/compatibility", rule("BACKWARD", "LENIENT"), 200);
        create(registry, "Orders", detail("id:string!", "note:string"));

        assertThatThrownBy(() -> update(registry, "Orders", detail("id:string!", "note:string", "total:number!")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("not BACKWARD compatible")
                .hasMessageContaining("/properties/detail")
                .hasMessageContaining("total")
                .hasMessageContaining("Nothing was stored");
        assertThat(versions(registry, "Orders")).containsExactly("1");
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName("Orders"))
                        .content())
                .isEqualTo(detail("id:string!", "note:string"));

        assertThat(update(registry, "Orders", detail("id:string!", "note:string", "total:number")))
                .as("an optional property added to an open model is compatible under LENIENT")
                .isEqualTo("2");
        JsonNode recorded = call("GET", schemaPath(registry, "Orders") + "/version/2/compatibility", null, 200);
        assertThat(recorded.path("Compatible").asBoolean()).isTrue();
        assertThat(recorded.path("PreviousVersion").asText()).isEqualTo("1");
        assertThat(recorded.path("Mode").asText()).isEqualTo("BACKWARD");
        assertThat(recorded.path("Findings").toString()).contains("total");
    }

    @Test
    void strictCountsAnOptionalPropertyAddedToAnOpenModelAsBreakingBackward() throws Exception {
        String registry = newRegistry();
        create(registry, "Orders", detail("id:string!"));
        call("PUT", schemaPath(registry, "Orders") + "/compatibility", rule("BACKWARD", "STRICT"), 200);

        JsonNode verdict = call(
                "POST",
                schemaPath(registry, "Orders") + "/compatibility/check",
                candidate(detail("id:string!", "total:number")),
                200);
        assertThat(verdict.path("Compatible").asBoolean()).isFalse();
        assertThat(verdict.path("Policy").asText()).isEqualTo("STRICT");
        assertThat(verdict.path("CheckedVersions").toString()).isEqualTo("[\"1\"]");
        JsonNode finding = verdict.path("Findings").get(0);
        assertThat(finding.path("Path").asText()).contains("total");
        assertThat(finding.path("Breaking").asBoolean()).isTrue();
        assertThat(finding.path("Version").asText()).isEqualTo("1");
        assertThat(List.copyOf(finding.properties()).stream()
                        .map(java.util.Map.Entry::getKey)
                        .toList())
                .as("a finding's members on the wire, in order")
                .containsExactly("Version", "Path", "Kind", "Effect", "Message", "Breaking");

        JsonNode lenient = call(
                "POST",
                schemaPath(registry, "Orders") + "/compatibility/check",
                "{\"Content\":" + JSON.writeValueAsString(detail("id:string!", "total:number"))
                        + ",\"Type\":\"OpenApi3\",\"Policy\":\"LENIENT\"}",
                200);
        assertThat(lenient.path("Compatible").asBoolean())
                .as("the request may override the policy")
                .isTrue();
        assertThat(versions(registry, "Orders")).as("a check stores nothing").containsExactly("1");
    }

    @Test
    void transitiveModesCheckEveryEarlierVersionNotJustTheLatest() throws Exception {
        String registry = newRegistry();
        create(registry, "Orders", detail("id:string!", "code:integer"));
        update(registry, "Orders", detail("id:string!"));
        String narrowedAgain = detail("id:string!", "code:string");

        call("PUT", schemaPath(registry, "Orders") + "/compatibility", rule("FORWARD", "LENIENT"), 200);
        JsonNode latestOnly =
                call("POST", schemaPath(registry, "Orders") + "/compatibility/check", candidate(narrowedAgain), 200);
        assertThat(latestOnly.path("CheckedVersions").toString()).isEqualTo("[\"2\"]");

        call("PUT", schemaPath(registry, "Orders") + "/compatibility", rule("FORWARD_TRANSITIVE", "LENIENT"), 200);
        JsonNode all =
                call("POST", schemaPath(registry, "Orders") + "/compatibility/check", candidate(narrowedAgain), 200);
        assertThat(all.path("CheckedVersions").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(all.path("Compatible").asBoolean())
                .as("code was an integer in version 1")
                .isFalse();
        assertThat(all.path("Findings").toString())
                .contains("\"Version\":\"1\"")
                .contains("code");
        assertThat(latestOnly.path("Compatible").asBoolean()).isTrue();
    }

    @Test
    void theDiffOfTwoVersionsSaysWhichDirectionsEachDifferenceBreaks() throws Exception {
        String registry = newRegistry();
        create(registry, "Orders", detail("id:string!", "total:integer"));
        update(registry, "Orders", detail("id:string!", "total:number"));

        JsonNode diff = call("GET", schemaPath(registry, "Orders") + "/diff", null, 200);
        assertThat(diff.path("FromVersion").asText()).isEqualTo("1");
        assertThat(diff.path("ToVersion").asText()).isEqualTo("2");
        JsonNode widened = diff.path("Differences").get(0);
        assertThat(widened.path("Path").asText()).isEqualTo("/properties/detail/properties/total");
        assertThat(widened.path("Effect").asText()).isEqualTo("WIDENS");
        assertThat(widened.path("BreaksBackward").asBoolean()).isFalse();
        assertThat(widened.path("BreaksForward").asBoolean()).isTrue();

        JsonNode explicit = call("GET", schemaPath(registry, "Orders") + "/diff?fromVersion=2&toVersion=1", null, 200);
        assertThat(explicit.path("Differences").get(0).path("Effect").asText()).isEqualTo("NARROWS");
        JsonNode first = call("GET", schemaPath(registry, "Orders") + "/version/1/compatibility", null, 404);
        assertThat(first.path("Message").asText()).contains("no earlier version");
    }

    @Test
    void everyDiscoveredVersionRecordsItsCompatibilityWithItsPredecessor() throws Exception {
        String source = "com.compat." + UUID.randomUUID().toString().substring(0, 8);
        String schemaName = source + "@OrderPlaced";
        events.putEvents(r -> r.entries(entry(source, "{\"orderId\":\"o-1\",\"total\":12}")));
        events.putEvents(r -> r.entries(entry(source, "{\"orderId\":\"o-2\",\"total\":12.5}")));
        events.putEvents(r -> r.entries(entry(source, "{\"orderId\":\"o-3\",\"total\":\"twelve\"}")));
        assertThat(versions("discovered-schemas", schemaName)).containsExactly("3", "2", "1");

        JsonNode widened =
                call("GET", schemaPath("discovered-schemas", schemaName) + "/version/2/compatibility", null, 200);
        assertThat(widened.path("PreviousVersion").asText()).isEqualTo("1");
        assertThat(widened.path("Mode").asText()).isEqualTo("BACKWARD");
        assertThat(widened.path("Compatible").asBoolean())
                .as("integer widened to number: %s", widened)
                .isTrue();
        JsonNode union =
                call("GET", schemaPath("discovered-schemas", schemaName) + "/version/3/compatibility", null, 200);
        assertThat(union.path("Findings").toString()).contains("total");
    }

    private static PutEventsRequestEntry entry(String source, String detail) {
        return PutEventsRequestEntry.builder()
                .source(source)
                .detailType("Order Placed")
                .detail(detail)
                .build();
    }
}
