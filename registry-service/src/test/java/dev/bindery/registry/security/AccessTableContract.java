package dev.bindery.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every operation × every role, and registry-scoped principals inside and outside their scope,
 * through real HTTP with bearer tokens: an allowed cell must run the operation (its success
 * status), a refused one must answer 403 in the API's error shape. The expectations are written
 * out here, independently of the server's operation table, so a wrong row there fails this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessTableContract {

    static final String ACCOUNT = "123456789012";
    /** Authentication on; the failure throttle out of the way of the refusals this table provokes. */
    static final Map<String, String> AUTH_ON = Map.of(
            "bindery.auth.mode",
            "on",
            "bindery.auth.failures-before-delay",
            "1000000",
            "bindery.auth.failures-before-refusal",
            "1000000");

    private static final String CONTENT = """
            {"openapi":"3.0.0","info":{"title":"T","version":"1"},"paths":{},"components":{"schemas":{
            "T":{"type":"object","properties":{"id":{"type":"string"}}}}}}""";
    private static final String EVENTS = """
            {"Entries":[{"Source":"com.acme","DetailType":"Thing Done","Detail":"{\\"n\\":1}"}]}""";

    @Inject
    EmbeddedServer server;

    @Inject
    PrincipalService principals;

    @Inject
    Router router;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger fresh = new AtomicInteger();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    /** Who may call what, unscoped: the roles allowed each operation. Written out, not derived. */
    private static final Map<String, Set<Role>> ALLOWED = new LinkedHashMap<>();

    static {
        Set<Role> readers = EnumSet.of(Role.READER, Role.WRITER, Role.ADMIN);
        Set<Role> writers = EnumSet.of(Role.WRITER, Role.ADMIN);
        Set<Role> admins = EnumSet.of(Role.ADMIN);
        Set<Role> producers = EnumSet.of(Role.PRODUCER, Role.ADMIN);
        for (String op : List.of(
                "ListRegistries",
                "DescribeRegistry",
                "ListSchemas",
                "SearchSchemas",
                "DescribeSchema",
                "ListSchemaVersions",
                "ExportSchema",
                "DescribeCodeBinding",
                "GetCodeBindingSource",
                "ListTagsForResource",
                "GetRegistryCompatibility",
                "GetSchemaCompatibility",
                "CheckSchemaCompatibility",
                "DiffSchemaVersions",
                "GetVersionCompatibility",
                "GetDiscoveryStatistics",
                "GetKafkaTapStatus",
                "ListDiscoverers",
                "DescribeDiscoverer",
                "DescribeRule",
                "ListRules",
                "LintEventPattern",
                "LintRule")) {
            ALLOWED.put(op, readers);
        }
        for (String op : List.of(
                "CreateSchema",
                "UpdateSchema",
                "DeleteSchema",
                "DeleteSchemaVersion",
                "PutCodeBinding",
                "TagResource",
                "UntagResource",
                "PutSchemaCompatibility",
                "DeleteSchemaCompatibility",
                "PutRule",
                "DeleteRule",
                "EnableRule",
                "DisableRule",
                "PutTargets")) {
            ALLOWED.put(op, writers);
        }
        for (String op : List.of(
                "CreateRegistry",
                "UpdateRegistry",
                "DeleteRegistry",
                "GetResourcePolicy",
                "PutResourcePolicy",
                "DeleteResourcePolicy",
                "PutRegistryCompatibility",
                "CreateDiscoverer",
                "UpdateDiscoverer",
                "DeleteDiscoverer",
                "StartDiscoverer",
                "StopDiscoverer",
                "ListPrincipals",
                "DescribePrincipal",
                "CreatePrincipal",
                "UpdatePrincipal",
                "DeletePrincipal",
                "ListAccessKeys",
                "CreateAccessKey",
                "DeleteAccessKey",
                "ListTokens",
                "CreateToken",
                "DeleteToken",
                "ListAuditEvents")) {
            ALLOWED.put(op, admins);
        }
        for (String op : List.of("PutEvents", "PutCloudEvents", "PutEventsNdjson", "PutApiDestinationEvents")) {
            ALLOWED.put(op, producers);
        }
        ALLOWED.put("GetDiscoveredSchema", EnumSet.allOf(Role.class));
        ALLOWED.put("TestEventPattern", EnumSet.allOf(Role.class));
    }

    /** Operations that act on no registry: registry scopes do not limit them, except admin ones need no scope. */
    private static final Set<String> ACCOUNT_LEVEL = Set.of(
            "ListRegistries",
            "ListDiscoverers",
            "DescribeDiscoverer",
            "CreateDiscoverer",
            "UpdateDiscoverer",
            "DeleteDiscoverer",
            "StartDiscoverer",
            "StopDiscoverer",
            "PutEvents",
            "PutCloudEvents",
            "PutEventsNdjson",
            "PutApiDestinationEvents",
            "GetDiscoveredSchema",
            "ListPrincipals",
            "DescribePrincipal",
            "CreatePrincipal",
            "UpdatePrincipal",
            "DeletePrincipal",
            "ListAccessKeys",
            "CreateAccessKey",
            "DeleteAccessKey",
            "ListTokens",
            "CreateToken",
            "DeleteToken",
            "ListAuditEvents",
            "TestEventPattern",
            "PutRule",
            "DescribeRule",
            "ListRules",
            "DeleteRule",
            "EnableRule",
            "DisableRule",
            "PutTargets",
            "LintEventPattern",
            "LintRule",
            "GetKafkaTapStatus");

    /** The operations of the events API ({@code POST /}, awsJson), whose refusals are AccessDeniedException. */
    private static final Set<String> EVENTS_API = Set.of(
            "PutEvents",
            "TestEventPattern",
            "PutRule",
            "DescribeRule",
            "ListRules",
            "DeleteRule",
            "EnableRule",
            "DisableRule",
            "PutTargets");

    /** One request of an operation against registry {@code r}, after its setup ran as admin. */
    private record Call(String method, String path, String body, int success, Map<String, String> headers) {}

    private final Map<String, Function<String, Call>> calls = new LinkedHashMap<>();

    @BeforeAll
    void principalsAndFixtures() throws Exception {
        for (Role role : Role.values()) {
            tokens.put(role.wireName(), tokenFor(role.wireName() + "-all", role, List.of()));
        }
        for (Role role : List.of(Role.READER, Role.WRITER, Role.ADMIN)) {
            tokens.put(role.wireName() + "-a", tokenFor(role.wireName() + "-team-a", role, List.of("team-a-*")));
        }
        for (String registry : List.of("team-a-main", "team-b-main")) {
            admin("POST", "/v1/registries/name/" + registry, "{}", 201);
            admin("POST", schema(registry, "s@One"), schemaBody(CONTENT), 201);
        }
        defineCalls();
    }

    @Test
    void everyRouteIsInTheOperationTableAndEveryRowIsInThisTest() {
        Set<String> routed = new TreeSet<>();
        router.uriRoutes().forEach(route -> operationId(route).ifPresent(routed::add));
        routed.remove("Ping");
        assertThat(Operations.all().keySet()).containsExactlyInAnyOrderElementsOf(routed);
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(routed);
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(routed);
    }

    @Test
    void everyRoleGetsExactlyTheOperationsItsRoleAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String op : calls.keySet()) {
                boolean expected = ALLOWED.get(op).contains(role);
                check(role.wireName(), op, "team-a-main", expected, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void scopedPrincipalsActOnlyInTheirRegistries() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : List.of(Role.READER, Role.WRITER, Role.ADMIN)) {
            for (String op : calls.keySet()) {
                boolean byRole = ALLOWED.get(op).contains(role);
                if (ACCOUNT_LEVEL.contains(op)) {
                    boolean adminOnly = ALLOWED.get(op).equals(EnumSet.of(Role.ADMIN));
                    check(role.wireName() + "-a", op, "team-a-main", byRole && !adminOnly, wrong);
                } else {
                    check(role.wireName() + "-a", op, "team-a-main", byRole, wrong);
                    check(role.wireName() + "-a", op, "team-b-main", false, wrong);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void withoutCredentialsEveryOperationIsUnauthorizedButPingAndHealthAnswer() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Function<String, Call>> entry : calls.entrySet()) {
            Call call = entry.getValue().apply("team-a-main");
            HttpResponse<String> response = send(call, null);
            if (response.statusCode() != 401) {
                wrong.add(entry.getKey() + " answered " + response.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(send(new Call("GET", "/ping", "", 200, Map.of()), null).statusCode())
                .isEqualTo(200);
        assertThat(send(new Call("GET", "/health", "", 200, Map.of()), null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void scopedListsShowOnlyTheirRegistriesWithFullPages() throws Exception {
        for (int i = 0; i < 5; i++) {
            admin("POST", "/v1/registries/name/team-a-list-" + i, "{}", 201);
            admin("POST", "/v1/registries/name/team-b-list-" + i, "{}", 201);
        }
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            String query = "?limit=2&registryNamePrefix=team-" + (next == null ? "" : "&nextToken=" + encode(next));
            JsonNode page = json.readTree(
                    send(new Call("GET", "/v1/registries" + query, "", 200, Map.of()), tokens.get("reader-a"))
                            .body());
            if (page.has("NextToken")) {
                assertThat(page.path("Registries").size()).isEqualTo(2);
            }
            page.path("Registries").forEach(r -> seen.add(r.path("RegistryName").asText()));
            next = page.path("NextToken").isMissingNode()
                    ? null
                    : page.path("NextToken").asText();
        } while (next != null);
        assertThat(seen)
                .allMatch(name -> name.startsWith("team-a-"))
                .contains("team-a-main", "team-a-list-0", "team-a-list-4")
                .doesNotHaveDuplicates();
    }

    @Test
    void aResourcePolicyGrantsBeyondTheRoleAndItsDenyWinsOverTheRole() throws Exception {
        String registry = "team-b-policy";
        admin("POST", "/v1/registries/name/" + registry, "{}", 201);
        admin("POST", schema(registry, "s@One"), schemaBody(CONTENT), 201);
        String user = "arn:aws:iam::" + ACCOUNT + ":user/";
        String schemaArns = "arn:aws:schemas:us-east-1:" + ACCOUNT + ":schema/" + registry + "/*";
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"" + user + "reader-all\",\"" + user
                + "reader-team-a\"]},\"Action\":[\"schemas:CreateSchema\",\"schemas:Describe*\"],"
                + "\"Resource\":\"" + schemaArns + "\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"schemas:DeleteSchema\","
                + "\"Resource\":\"" + schemaArns + "\"}]}";
        admin("PUT", "/v1/policy?registryName=" + registry, "{\"Policy\":" + quote(policy) + "}", 200);

        // an Allow lets a reader create a schema, which its role does not
        assertThat(send(call("POST", schema(registry, "s@ByPolicy"), schemaBody(CONTENT), 201), tokens.get("reader"))
                        .statusCode())
                .isEqualTo(201);
        // and lets a principal limited to team-a-* read in team-b-policy
        assertThat(send(get(schema(registry, "s@One")), tokens.get("reader-a")).statusCode())
                .isEqualTo(200);
        // but not beyond the actions it names
        assertThat(send(get(schema(registry, "s@One") + "/versions"), tokens.get("reader-a"))
                        .statusCode())
                .isEqualTo(403);
        // a Deny wins over the writer's and the admin's roles
        HttpResponse<String> denied = send(call("DELETE", schema(registry, "s@One"), "", 204), tokens.get("writer"));
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("schemas:DeleteSchema", "resource policy of registry " + registry);
        assertThat(send(call("DELETE", schema(registry, "s@One"), "", 204), tokens.get("admin"))
                        .statusCode())
                .isEqualTo(403);
        // yet an unrestricted admin can always remove the policy, and then the role decides again
        admin("DELETE", "/v1/policy?registryName=" + registry, "", 204);
        assertThat(send(call("DELETE", schema(registry, "s@One"), "", 204), tokens.get("writer"))
                        .statusCode())
                .isEqualTo(204);
    }

    private void check(String who, String op, String registry, boolean allowed, List<String> wrong) throws Exception {
        Call call = calls.get(op).apply(registry);
        HttpResponse<String> response = send(call, tokens.get(who));
        int status = response.statusCode();
        if (allowed && status != call.success()) {
            wrong.add(who + " " + op + " on " + registry + ": expected " + call.success() + ", got " + status + " "
                    + response.body());
        } else if (!allowed) {
            String code = response.headers().firstValue("x-amzn-ErrorType").orElse("");
            String expectedCode = EVENTS_API.contains(op) ? "AccessDeniedException" : "ForbiddenException";
            if (status != 403 || !code.equals(expectedCode)) {
                wrong.add(who + " " + op + " on " + registry + ": expected 403 " + expectedCode + ", got " + status
                        + " " + code);
            }
        }
    }

    private void defineCalls() {
        String events = "arn:aws:events:us-east-1:" + ACCOUNT + ":event-bus/";
        calls.put("ListRegistries", r -> get("/v1/registries"));
        calls.put("DescribeRegistry", r -> get("/v1/registries/name/" + r));
        calls.put("CreateRegistry", r -> call("POST", "/v1/registries/name/" + r + "-new-" + next(), "{}", 201));
        calls.put("UpdateRegistry", r -> call("PUT", "/v1/registries/name/" + r, "{\"Description\":\"d\"}", 200));
        calls.put("DeleteRegistry", r -> {
            String name = r + "-gone-" + next();
            admin("POST", "/v1/registries/name/" + name, "{}", 201);
            return call("DELETE", "/v1/registries/name/" + name, "", 204);
        });
        calls.put("ListSchemas", r -> get("/v1/registries/name/" + r + "/schemas"));
        calls.put("SearchSchemas", r -> get("/v1/registries/name/" + r + "/schemas/search?keywords=id"));
        calls.put("DescribeSchema", r -> get(schema(r, "s@One")));
        calls.put("ListSchemaVersions", r -> get(schema(r, "s@One") + "/versions"));
        calls.put("ExportSchema", r -> get(schema(r, "s@One") + "/export?type=JSONSchemaDraft4"));
        calls.put("CreateSchema", r -> call("POST", schema(r, "s@New" + next()), schemaBody(CONTENT), 201));
        calls.put(
                "UpdateSchema",
                r -> call("PUT", schema(r, "s@One"), schemaBody(CONTENT.replace("\"T\"", "\"T" + next() + "\"")), 200));
        calls.put("DeleteSchema", r -> call("DELETE", freshSchema(r), "", 204));
        calls.put("DeleteSchemaVersion", r -> {
            String path = freshSchema(r);
            admin("PUT", path, schemaBody(CONTENT.replace("\"T\"", "\"U\"")), 200);
            return call("DELETE", path + "/version/1", "", 204);
        });
        calls.put("PutCodeBinding", r -> call("POST", schema(r, "s@One") + "/language/Java8", "", 202));
        calls.put("DescribeCodeBinding", r -> {
            admin("POST", schema(r, "s@One") + "/language/Java8", "", 202);
            return get(schema(r, "s@One") + "/language/Java8");
        });
        calls.put("GetCodeBindingSource", r -> {
            admin("POST", schema(r, "s@One") + "/language/Java8", "", 202);
            awaitBinding(r);
            return get(schema(r, "s@One") + "/language/Java8/source");
        });
        calls.put("ListTagsForResource", r -> get("/tags/" + encode(registryArn(r))));
        calls.put("TagResource", r -> call("POST", "/tags/" + encode(schemaArn(r)), "{\"tags\":{\"k\":\"v\"}}", 204));
        calls.put("UntagResource", r -> call("DELETE", "/tags/" + encode(schemaArn(r)) + "?tagKeys=k", "", 204));
        String policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
                + "\\\"Principal\\\":{\\\"AWS\\\":\\\"arn:aws:iam::" + ACCOUNT + ":user/nobody\\\"},"
                + "\\\"Action\\\":\\\"schemas:Describe*\\\",\\\"Resource\\\":\\\"*\\\"}]}";
        calls.put("GetResourcePolicy", r -> {
            admin("PUT", "/v1/policy?registryName=" + r, "{\"Policy\":\"" + policy + "\"}", 200);
            return get("/v1/policy?registryName=" + r);
        });
        calls.put(
                "PutResourcePolicy",
                r -> call("PUT", "/v1/policy?registryName=" + r, "{\"Policy\":\"" + policy + "\"}", 200));
        calls.put("DeleteResourcePolicy", r -> {
            admin("PUT", "/v1/policy?registryName=" + r, "{\"Policy\":\"" + policy + "\"}", 200);
            return call("DELETE", "/v1/policy?registryName=" + r, "", 204);
        });
        calls.put("GetRegistryCompatibility", r -> get("/v1/registries/name/" + r + "/compatibility"));
        calls.put(
                "PutRegistryCompatibility",
                r -> call(
                        "PUT",
                        "/v1/registries/name/" + r + "/compatibility",
                        "{\"Mode\":\"NONE\",\"Policy\":\"LENIENT\"}",
                        200));
        calls.put("GetSchemaCompatibility", r -> get(schema(r, "s@One") + "/compatibility"));
        calls.put(
                "PutSchemaCompatibility",
                r -> call("PUT", schema(r, "s@One") + "/compatibility", "{\"Mode\":\"NONE\"}", 200));
        calls.put("DeleteSchemaCompatibility", r -> {
            admin("PUT", schema(r, "s@One") + "/compatibility", "{\"Mode\":\"NONE\"}", 200);
            return call("DELETE", schema(r, "s@One") + "/compatibility", "", 200);
        });
        calls.put(
                "CheckSchemaCompatibility",
                r -> call("POST", schema(r, "s@One") + "/compatibility/check", schemaBody(CONTENT), 200));
        calls.put("DiffSchemaVersions", r -> get(schema(r, "s@One") + "/diff?fromVersion=1&toVersion=1"));
        // version 1 had nothing to be compared with: the operation's own answer is 404
        calls.put(
                "GetVersionCompatibility", r -> call("GET", schema(r, "s@One") + "/version/1/compatibility", "", 404));
        calls.put("GetDiscoveryStatistics", r -> call("GET", schema(r, "s@One") + "/statistics", "", 404));
        calls.put("ListDiscoverers", r -> get("/v1/discoverers"));
        calls.put("GetKafkaTapStatus", r -> get("/v1/taps/kafka"));
        calls.put("DescribeDiscoverer", r -> get("/v1/discoverers/id/events-event-bus-default"));
        calls.put(
                "CreateDiscoverer",
                r -> call("POST", "/v1/discoverers", "{\"SourceArn\":\"" + events + "bus-" + next() + "\"}", 201));
        calls.put(
                "UpdateDiscoverer",
                r -> call("PUT", "/v1/discoverers/id/" + freshDiscoverer(events), "{\"Description\":\"d\"}", 200));
        calls.put("DeleteDiscoverer", r -> call("DELETE", "/v1/discoverers/id/" + freshDiscoverer(events), "", 204));
        calls.put(
                "StartDiscoverer",
                r -> call("POST", "/v1/discoverers/id/" + freshDiscoverer(events) + "/start", "", 200));
        calls.put(
                "StopDiscoverer",
                r -> call("POST", "/v1/discoverers/id/" + freshDiscoverer(events) + "/stop", "", 200));
        calls.put(
                "PutEvents",
                r -> new Call(
                        "POST",
                        "/",
                        EVENTS,
                        200,
                        Map.of("X-Amz-Target", "AWSEvents.PutEvents", "Content-Type", "application/x-amz-json-1.1")));
        String pattern = "{\\\"source\\\":[\\\"com.acme\\\"]}";
        String event = "{\\\"id\\\":\\\"1\\\",\\\"account\\\":\\\"" + ACCOUNT + "\\\","
                + "\\\"source\\\":\\\"com.acme\\\",\\\"time\\\":\\\"2026-01-01T00:00:00Z\\\","
                + "\\\"region\\\":\\\"us-east-1\\\",\\\"resources\\\":[],"
                + "\\\"detail-type\\\":\\\"Thing Done\\\",\\\"detail\\\":{}}";
        calls.put(
                "TestEventPattern",
                r -> events(
                        "TestEventPattern", "{\"EventPattern\":\"" + pattern + "\",\"Event\":\"" + event + "\"}", 200));
        calls.put(
                "PutRule",
                r -> events("PutRule", "{\"Name\":\"rule-" + next() + "\",\"EventPattern\":\"" + pattern + "\"}", 200));
        calls.put("DescribeRule", r -> events("DescribeRule", "{\"Name\":\"" + freshRule(pattern) + "\"}", 200));
        calls.put("ListRules", r -> events("ListRules", "{\"NamePrefix\":\"rule-\"}", 200));
        calls.put("DeleteRule", r -> events("DeleteRule", "{\"Name\":\"" + freshRule(pattern) + "\"}", 200));
        calls.put("EnableRule", r -> events("EnableRule", "{\"Name\":\"" + freshRule(pattern) + "\"}", 200));
        calls.put("DisableRule", r -> events("DisableRule", "{\"Name\":\"" + freshRule(pattern) + "\"}", 200));
        // Bindery delivers no events: the operation's own answer is a 400 saying so
        calls.put(
                "PutTargets",
                r -> events(
                        "PutTargets",
                        "{\"Rule\":\"" + freshRule(pattern)
                                + "\",\"Targets\":[{\"Id\":\"t\",\"Arn\":\"arn:aws:sqs:us-east-1:" + ACCOUNT
                                + ":q\"}]}",
                        400));
        calls.put(
                "LintEventPattern",
                r -> call("POST", "/v1/patterns/lint", "{\"EventPattern\":\"" + pattern + "\"}", 200));
        calls.put("LintRule", r -> get("/v1/rules/name/" + freshRule(pattern) + "/lint"));
        calls.put(
                "PutCloudEvents",
                r -> new Call(
                        "POST", "/v1/cloudevents", """
                {"specversion":"1.0","id":"1","source":"com.acme","type":"thing.done","data":{"n":1}}""", 200, Map.of("Content-Type", "application/cloudevents+json")));
        calls.put(
                "PutEventsNdjson",
                r -> new Call(
                        "POST",
                        "/v1/events/ndjson",
                        "{\"source\":\"com.acme\",\"detail-type\":\"Thing Done\",\"detail\":{\"n\":1}}\n",
                        200,
                        Map.of("Content-Type", "application/x-ndjson")));
        calls.put(
                "PutApiDestinationEvents",
                r -> new Call(
                        "POST",
                        "/v1/events",
                        "{\"source\":\"com.acme\",\"detail-type\":\"Thing Done\",\"detail\":{\"n\":1}}",
                        200,
                        Map.of("Content-Type", "application/json")));
        calls.put(
                "GetDiscoveredSchema",
                r -> call(
                        "POST",
                        "/v1/discover",
                        "{\"Type\":\"OpenApi3\",\"Events\":[\"{\\\"source\\\":\\\"a\\\",\\\"detail-type\\\":\\\"b\\\","
                                + "\\\"detail\\\":{\\\"n\\\":1}}\"]}",
                        200));
        calls.put("ListPrincipals", r -> get("/v1/principals"));
        calls.put("DescribePrincipal", r -> get("/v1/principals/name/reader-all"));
        calls.put("CreatePrincipal", r -> call("POST", "/v1/principals/name/p" + next(), "{\"Role\":\"reader\"}", 201));
        calls.put(
                "UpdatePrincipal",
                r -> call("PUT", "/v1/principals/name/" + freshPrincipal(), "{\"Role\":\"writer\"}", 200));
        calls.put("DeletePrincipal", r -> call("DELETE", "/v1/principals/name/" + freshPrincipal(), "", 204));
        calls.put("ListAccessKeys", r -> get("/v1/principals/name/reader-all/access-keys"));
        calls.put(
                "CreateAccessKey",
                r -> call("POST", "/v1/principals/name/" + freshPrincipal() + "/access-keys", "", 201));
        calls.put("DeleteAccessKey", r -> {
            String name = freshPrincipal();
            String id = principals.createAccessKey(name).accessKeyId();
            return call("DELETE", "/v1/principals/name/" + name + "/access-keys/" + id, "", 204);
        });
        calls.put("ListTokens", r -> get("/v1/principals/name/reader-all/tokens"));
        calls.put("CreateToken", r -> call("POST", "/v1/principals/name/" + freshPrincipal() + "/tokens", "{}", 201));
        calls.put("DeleteToken", r -> {
            String name = freshPrincipal();
            String id = principals.createToken(name, null).tokenId();
            return call("DELETE", "/v1/principals/name/" + name + "/tokens/" + id, "", 204);
        });
        calls.put("ListAuditEvents", r -> get("/v1/audit?limit=5"));
    }

    private String freshSchema(String registry) {
        String path = schema(registry, "s@Gone" + next());
        admin("POST", path, schemaBody(CONTENT), 201);
        return path;
    }

    private String freshDiscoverer(String busArnPrefix) {
        String bus = "bus-" + next();
        admin("POST", "/v1/discoverers", "{\"SourceArn\":\"" + busArnPrefix + bus + "\"}", 201);
        return "events-event-bus-" + bus;
    }

    private String freshRule(String pattern) {
        String name = "rule-" + next();
        Call put = events("PutRule", "{\"Name\":\"" + name + "\",\"EventPattern\":\"" + pattern + "\"}", 200);
        HttpResponse<String> response = sendQuietly(put, tokens.get("admin"));
        if (response.statusCode() != 200) {
            throw new AssertionError("setup PutRule answered " + response.statusCode() + ": " + response.body());
        }
        return name;
    }

    private static Call events(String operation, String body, int success) {
        return new Call(
                "POST",
                "/",
                body,
                success,
                Map.of("X-Amz-Target", "AWSEvents." + operation, "Content-Type", "application/x-amz-json-1.1"));
    }

    private String freshPrincipal() {
        String name = "p" + next();
        principals.create(name, "reader", List.of());
        return name;
    }

    private void awaitBinding(String registry) {
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> response =
                    sendQuietly(get(schema(registry, "s@One") + "/language/Java8"), tokens.get("admin"));
            if (response.body().contains("CREATE_COMPLETE")) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the Java8 code binding of " + registry + " did not complete");
    }

    private int next() {
        return fresh.incrementAndGet();
    }

    private static Call get(String path) {
        return call("GET", path, "", 200);
    }

    private static Call call(String method, String path, String body, int success) {
        return new Call(method, path, body, success, Map.of("Content-Type", "application/json"));
    }

    private static String schema(String registry, String schema) {
        return "/v1/registries/name/" + registry + "/schemas/name/" + encode(schema);
    }

    private static String schemaBody(String content) {
        return "{\"Type\":\"OpenApi3\",\"Content\":" + quote(content) + "}";
    }

    private static String registryArn(String registry) {
        return "arn:aws:schemas:us-east-1:" + ACCOUNT + ":registry/" + registry;
    }

    private static String schemaArn(String registry) {
        return "arn:aws:schemas:us-east-1:" + ACCOUNT + ":schema/" + registry + "/s@One";
    }

    private String tokenFor(String name, Role role, List<String> registries) {
        principals.create(name, role.wireName(), registries);
        return principals.createToken(name, null).token();
    }

    private void admin(String method, String path, String body, int expected) {
        HttpResponse<String> response = sendQuietly(call(method, path, body, expected), tokens.get("admin"));
        if (response.statusCode() != expected) {
            throw new AssertionError(
                    "setup " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private HttpResponse<String> sendQuietly(Call call, String token) {
        try {
            return send(call, token);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> send(Call call, String token) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + call.path()))
                .method(
                        call.method(),
                        call.body().isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(call.body()));
        call.headers().forEach(builder::header);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.Optional<String> operationId(UriRouteInfo<?, ?> route) {
        var annotation =
                route.getTargetMethod().getTargetMethod().getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        return annotation == null ? java.util.Optional.empty() : java.util.Optional.of(annotation.operationId());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
