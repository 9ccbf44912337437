package dev.bindery.registry.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The data created before the fuzzing starts: fixtures, which must be unchanged at the end, and the
 * playground the fuzzer may change. A snapshot is every fixture read the API offers: registries,
 * schema versions with their content, compatibility rules, policies, tags, a discoverer, a
 * principal with its keys and tokens.
 */
final class Fixtures {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Names names;

    Fixtures(String base, Names names) {
        this.base = base;
        this.names = names;
    }

    void create() {
        Names seeded = names;
        for (String registry : Names.FIXTURE_REGISTRIES) {
            call(
                    "POST",
                    "/v1/registries/name/" + registry,
                    "{\"Description\":\"fixture " + registry + "\",\"tags\":{\"owner\":\"fuzz\"}}",
                    201);
            for (String schema : Names.FIXTURE_SCHEMAS) {
                String type = schema.contains("Draft4") ? "JSONSchemaDraft4" : "OpenApi3";
                String path = schemaPath(registry, schema);
                call("POST", path, schemaBody(Documents.content(seeded, type), type), 201);
                for (int v = 0; v < (registry.equals("fx-main") ? 2 : 0); v++) {
                    call(
                            "PUT",
                            path,
                            schemaBody(
                                    Documents.content(seeded, type)
                                            .replace(
                                                    "\"type\":\"object\"",
                                                    "\"type\":\"object\",\"description\":\"v" + v + "\""),
                                    type),
                            200);
                }
            }
            call("POST", "/tags/" + Names.encode(arn(registry, "Invoice")), "{\"tags\":{\"a\":\"b\"}}", 204);
        }
        call("PUT", "/v1/registries/name/fx-locked/compatibility", "{\"Mode\":\"FULL\",\"Policy\":\"STRICT\"}", 200);
        call("PUT", schemaPath("fx-main", "Invoice") + "/compatibility", "{\"Mode\":\"FORWARD\"}", 200);
        call("PUT", "/v1/policy?registryName=fx-locked", "{\"Policy\":" + quote(Documents.policy(seeded)) + "}", 200);
        names.fixtureDiscoverer = call(
                        "POST",
                        "/v1/discoverers",
                        "{\"SourceArn\":" + quote(Names.busArn(Names.FIXTURE_BUS)) + ",\"Description\":\"fixture\"}",
                        201)
                .path("DiscovererId")
                .asText();
        String principal = "/v1/principals/name/" + Names.FIXTURE_PRINCIPAL;
        call("POST", principal, "{\"Role\":\"reader\",\"Registries\":[\"fx-*\"]}", 201);
        names.fixtureAccessKey = call("POST", principal + "/access-keys", "", 201)
                .path("AccessKeyId")
                .asText();
        names.fixtureToken = call("POST", principal + "/tokens", "{\"ExpiresInSeconds\":86400}", 201)
                .path("TokenId")
                .asText();

        for (String registry : Names.PLAYGROUND_REGISTRIES) {
            call("POST", "/v1/registries/name/" + registry, "{}", 201);
            for (String schema : Names.PLAYGROUND_SCHEMAS.subList(0, 3)) {
                call("POST", schemaPath(registry, schema), schemaBody(Documents.openApi(seeded), "OpenApi3"), 201);
            }
        }
        for (String principalName : Names.PLAYGROUND_PRINCIPALS) {
            call("POST", "/v1/principals/name/" + principalName, "{\"Role\":\"writer\"}", 201);
            Names.keep(
                    names.accessKeys,
                    call("POST", "/v1/principals/name/" + principalName + "/access-keys", "", 201)
                            .path("AccessKeyId")
                            .asText());
        }
        for (String bus : List.of("pg-bus", "pg-bus-2")) {
            Names.keep(
                    names.discoverers,
                    call("POST", "/v1/discoverers", "{\"SourceArn\":" + quote(Names.busArn(bus)) + "}", 201)
                            .path("DiscovererId")
                            .asText());
        }
    }

    /** Every fixture read, by request, as status and body. */
    Map<String, String> snapshot() {
        Map<String, String> reads = new TreeMap<>();
        for (String registry : Names.FIXTURE_REGISTRIES) {
            String r = "/v1/registries/name/" + registry;
            read(reads, r);
            read(reads, r + "/compatibility");
            read(reads, "/v1/policy?registryName=" + registry);
            read(reads, "/tags/" + Names.encode(arn(registry, null)));
            JsonNode listed = read(reads, r + "/schemas?limit=100");
            List<String> schemas = new ArrayList<>();
            listed.path("Schemas").forEach(s -> schemas.add(s.path("SchemaName").asText()));
            for (String schema : schemas) {
                String s = schemaPath(registry, schema);
                read(reads, s + "/compatibility");
                read(reads, "/tags/" + Names.encode(arn(registry, schema)));
                JsonNode versions = read(reads, s + "/versions?limit=100");
                versions.path("SchemaVersions").forEach(v -> {
                    String version = v.path("SchemaVersion").asText();
                    read(reads, s + "?schemaVersion=" + version);
                    read(reads, s + "/version/" + version + "/compatibility");
                });
            }
        }
        read(reads, "/v1/discoverers/id/" + names.fixtureDiscoverer);
        String principal = "/v1/principals/name/" + Names.FIXTURE_PRINCIPAL;
        read(reads, principal);
        read(reads, principal + "/access-keys");
        read(reads, principal + "/tokens");
        return reads;
    }

    /** The reads that differ between two snapshots. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(union(before, after))) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(key + "\n      before: " + cut(before.get(key)) + "\n      after:  " + cut(after.get(key)));
            }
        }
        return changed;
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String cut(String text) {
        return text == null ? "(absent)" : text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private JsonNode read(Map<String, String> into, String path) {
        HttpResponse<String> response = send("GET", path, null);
        into.put(path, response.statusCode() + " " + response.body());
        return parse(response.body());
    }

    private JsonNode call(String method, String path, String body, int expected) {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    "fixture " + method + " " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null || body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? Documents.JSON.createObjectNode() : Documents.JSON.readTree(body);
        } catch (IOException e) {
            return Documents.JSON.createObjectNode();
        }
    }

    static String schemaPath(String registry, String schema) {
        return "/v1/registries/name/" + registry + "/schemas/name/" + Names.encode(schema);
    }

    private static String arn(String registry, String schema) {
        String prefix = "arn:aws:schemas:" + Names.REGION + ":" + Names.ACCOUNT + ":";
        return schema == null ? prefix + "registry/" + registry : prefix + "schema/" + registry + "/" + schema;
    }

    private static String schemaBody(String content, String type) {
        ObjectNode body =
                Documents.JSON.createObjectNode().put("Content", content).put("Type", type);
        return body.toString();
    }

    private static String quote(String text) {
        return Documents.JSON.getNodeFactory().textNode(text).toString();
    }
}
