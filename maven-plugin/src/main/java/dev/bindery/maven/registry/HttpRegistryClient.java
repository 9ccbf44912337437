package dev.bindery.maven.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.codegen.json.JsonMappers;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RegistryClient} over {@code java.net.http} and Jackson, speaking the EventBridge Schemas wire
 * protocol: path segments URL-encoded, JSON bodies with capitalised members, errors as
 * {@code x-amzn-ErrorType} plus {@code {"Code","Message"}}. Each request is authenticated by its
 * {@link RegistryAccess} just before it is sent, over the exact body bytes; a 401 or 403 says which
 * credentials were refused and what to check.
 */
public final class HttpRegistryClient implements RegistryClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final RegistryAccess access;
    private final HttpClient http;

    public HttpRegistryClient(RegistryAccess access) {
        this.access = access;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    @Override
    public URI url() {
        return access.url();
    }

    @Override
    public SchemaVersion describeSchema(String registry, String schema, String version) {
        String path = schemaPath(registry, schema) + (version == null ? "" : "?schemaVersion=" + encode(version));
        String what = "schema " + schema + (version == null ? " (latest version)" : " version " + version)
                + " in registry " + registry;
        JsonNode body = send("GET", path, null, what);
        return new SchemaVersion(
                registry, schema, text(body, "SchemaVersion"), text(body, "Type"), text(body, "Content"));
    }

    @Override
    public List<String> listSchemas(String registry) {
        List<String> names = new ArrayList<>();
        String token = null;
        do {
            String path = registryPath(registry) + "/schemas" + (token == null ? "" : "?nextToken=" + encode(token));
            JsonNode body = send("GET", path, null, "the schemas of registry " + registry);
            for (JsonNode schema : body.path("Schemas")) {
                names.add(schema.path("SchemaName").asText());
            }
            token = body.hasNonNull("NextToken") ? body.get("NextToken").asText() : null;
        } while (token != null && !token.isEmpty());
        return List.copyOf(names);
    }

    @Override
    public boolean registryExists(String registry) {
        try {
            send("GET", registryPath(registry), null, "registry " + registry);
            return true;
        } catch (RegistryException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void createRegistry(String registry) {
        send("POST", registryPath(registry), JsonMappers.strict().createObjectNode(), "creating registry " + registry);
    }

    @Override
    public String createSchema(String registry, String schema, String type, String content, String description) {
        ObjectNode request =
                JsonMappers.strict().createObjectNode().put("Content", content).put("Type", type);
        if (description != null) {
            request.put("Description", description);
        }
        JsonNode body = send(
                "POST",
                schemaPath(registry, schema),
                request,
                "creating schema " + schema + " in registry " + registry);
        return text(body, "SchemaVersion");
    }

    @Override
    public String updateSchema(String registry, String schema, String type, String content) {
        ObjectNode request =
                JsonMappers.strict().createObjectNode().put("Content", content).put("Type", type);
        JsonNode body = send(
                "PUT", schemaPath(registry, schema), request, "updating schema " + schema + " in registry " + registry);
        return text(body, "SchemaVersion");
    }

    @Override
    public CompatibilityReport checkCompatibility(
            String registry, String schema, String type, String content, String mode, String policy) {
        ObjectNode request =
                JsonMappers.strict().createObjectNode().put("Content", content).put("Type", type);
        if (mode != null) {
            request.put("Mode", mode);
        }
        if (policy != null) {
            request.put("Policy", policy);
        }
        JsonNode body = send(
                "POST",
                schemaPath(registry, schema) + "/compatibility/check",
                request,
                "checking the compatibility of schema " + schema + " in registry " + registry);
        List<String> versions = new ArrayList<>();
        body.path("CheckedVersions").forEach(v -> versions.add(v.asText()));
        List<CompatibilityReport.Finding> findings = new ArrayList<>();
        for (JsonNode f : body.path("Findings")) {
            findings.add(new CompatibilityReport.Finding(
                    text(f, "Version"),
                    text(f, "Path"),
                    text(f, "Kind"),
                    text(f, "Effect"),
                    text(f, "Message"),
                    f.path("Breaking").asBoolean(false)));
        }
        return new CompatibilityReport(
                body.path("Compatible").asBoolean(false), text(body, "Mode"), text(body, "Policy"), versions, findings);
    }

    @Override
    public PatternLint lintPattern(String pattern, String eventBus, String registry) {
        ObjectNode request = JsonMappers.strict()
                .createObjectNode()
                .put("EventPattern", pattern)
                .put("EventBusName", eventBus);
        if (registry != null) {
            request.put("RegistryName", registry);
        }
        JsonNode body = send("POST", "/v1/patterns/lint", request, "linting an event pattern");
        List<PatternLint.Finding> findings = new ArrayList<>();
        for (JsonNode f : body.path("Findings")) {
            findings.add(new PatternLint.Finding(
                    text(f, "Path"), text(f, "Kind"), text(f, "Severity"), text(f, "Message"), text(f, "Suggestion")));
        }
        List<String> schemas = new ArrayList<>();
        body.path("MatchingSchemas").forEach(s -> schemas.add(text(s, "RegistryName") + "/" + text(s, "SchemaName")));
        return new PatternLint(findings, schemas);
    }

    private JsonNode send(String method, String path, JsonNode body, String what) {
        URI uri = URI.create(access.url() + path);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", "application/json");
            bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        // Authenticated last, over the exact bytes sent: a signature covers the headers and the body.
        headers.putAll(access.authenticate(method, uri, Map.copyOf(headers), bytes));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        headers.forEach(request::header);
        request.method(
                method,
                bytes == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(bytes));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw unreachable("connection timed out", e);
        } catch (ConnectException e) {
            throw unreachable("connection refused", e);
        } catch (HttpTimeoutException e) {
            throw unreachable("no answer within " + REQUEST_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable("interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return parse(response.body(), uri);
        }
        throw error(response, what);
    }

    private RegistryException unreachable(String reason, Exception cause) {
        return new RegistryException("Cannot reach the Bindery registry at " + access.url() + ": " + reason, cause);
    }

    private RegistryException error(HttpResponse<String> response, String what) {
        String code = response.headers().firstValue("x-amzn-ErrorType").orElse(null);
        String message = null;
        try {
            JsonNode body = JsonMappers.strict().readTree(response.body());
            if (body != null && body.isObject()) {
                code = code != null ? code : text(body, "Code");
                message = text(body, "Message") != null ? text(body, "Message") : text(body, "message");
            }
        } catch (IOException e) {
            message = null;
        }
        if (code != null && code.contains(":")) {
            code = code.substring(0, code.indexOf(':'));
        }
        int status = response.statusCode();
        String reason = status == 401 || status == 403
                ? access.refusal(status, code, message)
                : (code == null ? "HTTP " + status : code) + (message == null ? "" : ": " + message);
        return new RegistryException(
                status,
                code == null ? "HTTP" + status : code,
                "Bindery registry at " + access.url() + ", " + what + ": " + reason);
    }

    private static JsonNode parse(String body, URI uri) {
        if (body == null || body.isBlank()) {
            return JsonMappers.strict().createObjectNode();
        }
        try {
            return JsonMappers.strict().readTree(body);
        } catch (IOException e) {
            throw new RegistryException(
                    200, "InvalidResponse", "The Bindery registry answered " + uri + " with a body that is not JSON");
        }
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String registryPath(String registry) {
        return "/v1/registries/name/" + encode(registry);
    }

    private static String schemaPath(String registry, String schema) {
        return registryPath(registry) + "/schemas/name/" + encode(schema);
    }

    /** One URL path segment or query value, percent-encoded ({@code @} → {@code %40}, space → {@code %20}). */
    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
