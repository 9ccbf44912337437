package dev.bindery.registry.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Turns a valid request into a broken one: members, nested documents, bytes, headers, content
 * coding, framing, path, query and method. A request naming fixture data gets only mutations that
 * cannot turn it into a write that must succeed; a write to a fixture first gets one that makes it a
 * request to refuse.
 */
final class Mutator {

    private static final List<String> ODD_SEGMENTS = List.of(
            "",
            "%zz",
            "%",
            "%4",
            "%00",
            "%2F",
            "..",
            ".",
            "%2E%2E",
            "a%20b",
            "%C3%A9",
            "%FF",
            "%ED%A0%80",
            "a;b=c",
            "x".repeat(300),
            "x".repeat(9_000),
            "%E2%80%AE",
            "*",
            "%25",
            "+",
            "a%2Fb%2Fc",
            "\u00e9",
            "%7B%7D",
            "a?b",
            "%3F",
            "~",
            "%0D%0AX-Injected:%201");
    private static final List<String> ODD_QUERY_VALUES = List.of(
            "abc",
            "-1",
            "0",
            "1.5",
            "99999999999999999999",
            "",
            "%zz",
            "%",
            "1e3",
            "9223372036854775808",
            "true",
            "%00",
            "x".repeat(5_000),
            "null",
            "%E2%80%AE",
            "AAAA",
            "eyJ0IjoiIn0",
            "!!!");
    private static final List<String> STANDARD_QUERY = List.of(
            "limit",
            "nextToken",
            "schemaVersion",
            "type",
            "registryName",
            "from",
            "to",
            "scope",
            "keywords",
            "tagKeys",
            "eventBusName");
    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/json; charset=latin1",
            "application/json; charset=utf-16",
            ";;;",
            "application/cloudevents+json",
            "application/x-amz-json-1.1",
            "application/octet-stream",
            "*/*",
            "application/json; charset=\"",
            "\u00e9/\u00e9");
    private static final List<String[]> ODD_HEADERS = List.of(
            new String[] {"Accept", "application/xml"},
            new String[] {"Accept", "text/html;q=0.9"},
            new String[] {"Accept", "application/json;q=0"},
            new String[] {"Accept", "***"},
            new String[] {"Accept-Encoding", "gzip"},
            new String[] {"Accept-Encoding", "br, zstd, deflate"},
            new String[] {"Expect", "100-continue"},
            new String[] {"Expect", "teapot"},
            new String[] {"X-Amz-Target", "AWSEvents.PutRule"},
            new String[] {"X-Amz-Target", ""},
            new String[] {"X-Amz-Target", "AWSEvents.PutEvents, AWSEvents.PutEvents"},
            new String[] {"Authorization", "Bearer"},
            new String[] {"Authorization", "AWS4-HMAC-SHA256 garbage"},
            new String[] {"Authorization", "Basic !!!"},
            new String[] {"X-Amz-Date", "yesterday"},
            new String[] {"X-Amz-Content-Sha256", "zz"},
            new String[] {"Range", "bytes=5-1"},
            new String[] {"If-None-Match", "*"},
            new String[] {"X-Forwarded-For", "not-an-ip"},
            new String[] {"ce-specversion", "9.9"},
            new String[] {"ce-time", "+999999999-12-31T23:59:59Z"},
            new String[] {"X-Fuzz", "\u00ff\u00fe\u0080"},
            new String[] {"X-Fuzz", "a\u0000b"},
            new String[] {"X-Fuzz", "x".repeat(9_000)},
            new String[] {"Origin", "null"},
            new String[] {"Transfer-Encoding", "identity"},
            new String[] {"Content-Length", "0"},
            new String[] {"Connection", "upgrade"},
            new String[] {"Upgrade", "h2c"});
    private static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "BREW", "get");

    /** Mutations that make a request one the operation must refuse; the flag says so on the draft. */
    private static final List<String> REFUSING = List.of(
            "retype-member",
            "lone-surrogate",
            "invalid-utf8",
            "truncated",
            "trailing-garbage",
            "duplicate-member",
            "not-an-object",
            "gzip-not-gzip",
            "gzip-truncated",
            "gzip-tiny",
            "deflate-not-deflate",
            "framing");

    private static final List<String> KINDS = List.of(
            "member",
            "member",
            "nested-document",
            "lone-surrogate",
            "invalid-utf8",
            "truncated",
            "trailing-garbage",
            "duplicate-member",
            "not-an-object",
            "bom",
            "empty-body",
            "huge-body",
            "content-type",
            "header",
            "header",
            "host",
            "gzip-valid",
            "gzip-not-gzip",
            "gzip-truncated",
            "gzip-tiny",
            "deflate-not-deflate",
            "encoding-unknown",
            "framing",
            "framing",
            "path-variable",
            "path-variable",
            "path-literal",
            "query-value",
            "query-value",
            "query-odd",
            "method",
            "time-range",
            "data-base64",
            "ref-pointer");
    /**
     * The order mutations are applied in: the document's members first, then what makes it invalid in
     * place (markers, retyped members), then replacements of the whole body, then bytes, then the rest.
     */
    private static final List<String> PHASES = List.of(
            "member",
            "nested-document",
            "ref-pointer",
            "time-range",
            "data-base64",
            "lone-surrogate",
            "invalid-utf8",
            "retype-member",
            "not-an-object",
            "empty-body",
            "huge-body",
            "bom",
            "truncated",
            "trailing-garbage",
            "duplicate-member");

    private final Names n;

    Mutator(Names names) {
        this.n = names;
    }

    void mutate(Draft d) {
        int count = n.chance(0.1) ? 0 : n.between(1, 3);
        boolean fixtureWrite = d.fixture && d.template.fixtureUse() == Templates.FixtureUse.REFUSED_WRITE;
        List<String> kinds = new java.util.ArrayList<>();
        for (int i = 0; i < (fixtureWrite ? count - 1 : count); i++) {
            kinds.add(n.pick(KINDS));
        }
        // by phase, so that a later mutation never undoes what made the request one to refuse
        kinds.sort(java.util.Comparator.comparingInt(k -> PHASES.contains(k) ? PHASES.indexOf(k) : PHASES.size()));
        kinds.forEach(kind -> apply(d, kind));
        while (fixtureWrite && !d.invalid) {
            apply(d, n.pick(REFUSING));
        }
    }

    private void apply(Draft d, String kind) {
        boolean fixtureWrite = d.fixture && d.template.fixtureUse() == Templates.FixtureUse.REFUSED_WRITE;
        boolean fixtureSafe = !d.fixture || d.method.equals("GET");
        JsonNode json = d.json;
        switch (kind) {
            case "member" -> {
                if (json != null && !fixtureWrite) {
                    label(d, BodyMutations.mutate(json, n, false), false);
                }
            }
            case "retype-member" -> {
                if (json instanceof ObjectNode object && object.size() > 0) {
                    String member = n.pick(iterable(object));
                    object.set(member, BodyMutations.otherType(object.get(member), n));
                    label(d, "retype-member", true);
                }
            }
            case "nested-document" -> {
                if (json != null && !fixtureWrite) {
                    label(d, BodyMutations.nestedDocument(json, n), false);
                }
            }
            case "lone-surrogate" -> {
                // in a member the operation reads as a string it must be refused; deeper, it is only noted
                boolean anywhere = !fixtureWrite && n.chance(0.3);
                if (json != null && BodyMutations.mark(json, Draft.LONE_SURROGATE, anywhere, n)) {
                    label(d, anywhere ? "lone-surrogate-nested" : "lone-surrogate", !anywhere);
                }
            }
            case "invalid-utf8" -> {
                if (json != null && BodyMutations.mark(json, Draft.NOT_UTF8, true, n)) {
                    label(d, "invalid-utf8", true);
                } else if (d.rawBody != null && d.rawBody.length > 0) {
                    double fraction = n.between(0, 100) / 100.0;
                    d.byteChanges.add(b -> {
                        int at = (int) (b.length * fraction);
                        return Framing.concat(
                                Arrays.copyOf(b, at),
                                new byte[] {(byte) 0xC3, 0x28},
                                Arrays.copyOfRange(b, at, b.length));
                    });
                    label(d, "invalid-utf8", true);
                }
            }
            case "truncated" -> {
                if (d.hasBody()) {
                    double fraction = n.between(1, 99) / 100.0;
                    d.byteChanges.add(b ->
                            b.length < 2 ? b : Arrays.copyOf(b, Math.max(1, (int) (b.length * fraction))));
                    label(d, "truncated", json != null);
                }
            }
            case "trailing-garbage" -> {
                if (d.hasBody()) {
                    byte[] tail =
                            Framing.ascii(n.pick(List.of(" xyz", "}", "{}", "\u0000", ",", " []", "\n{\"a\":1}")));
                    d.byteChanges.add(b -> Framing.concat(b, tail));
                    label(d, "trailing-garbage", json != null);
                }
            }
            case "duplicate-member" -> {
                if (json instanceof ObjectNode object && object.size() > 0) {
                    String member = n.pick(iterable(object));
                    String duplicate = Documents.JSON
                            .createObjectNode()
                            .set(member, BodyMutations.otherType(object.get(member), n))
                            .toString();
                    byte[] prefix = Framing.ascii(duplicate.substring(0, duplicate.length() - 1) + ",");
                    d.byteChanges.add(b -> {
                        int brace = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('{');
                        return brace < 0
                                ? b
                                : Framing.concat(
                                        Arrays.copyOf(b, brace), prefix, Arrays.copyOfRange(b, brace + 1, b.length));
                    });
                    label(d, "duplicate-member", true);
                }
            }
            case "not-an-object" -> {
                if (d.template.readsBody()) {
                    String body = n.pick(List.of(
                            "[]",
                            "[{}]",
                            "42",
                            "\"text\"",
                            "null",
                            "true",
                            "<a/>",
                            "Description: x",
                            "{",
                            "}",
                            "{\"a\":}",
                            "\u0001\u0002",
                            "{'a':1}",
                            "{\"a\":1,}",
                            "/* c */ {}",
                            "NaN"));
                    d.json = null;
                    d.rawBody = Framing.ascii(body);
                    label(d, "not-an-object", true);
                }
            }
            case "bom" -> {
                if (d.hasBody() && !fixtureWrite) {
                    d.byteChanges.add(b -> Framing.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b));
                    label(d, "bom", false);
                }
            }
            case "empty-body" -> {
                if (d.hasBody() && !d.invalid) { // replacing the body would drop what made it invalid
                    d.json = null;
                    d.rawBody = new byte[0];
                    label(d, "empty-body", false);
                }
            }
            case "huge-body" -> {
                if (!d.fixture && !d.invalid && n.chance(0.05)) {
                    byte[] huge = new byte[11 * 1024 * 1024];
                    Arrays.fill(huge, (byte) ' ');
                    huge[0] = '{';
                    huge[huge.length - 1] = '}';
                    d.json = null;
                    d.rawBody = huge;
                    label(d, "huge-body", false);
                }
            }
            case "content-type" -> {
                d.removeHeader("Content-Type");
                if (n.chance(0.7)) {
                    d.header("Content-Type", n.pick(CONTENT_TYPES));
                }
                if (n.chance(0.2)) {
                    d.header("Content-Type", n.pick(CONTENT_TYPES));
                }
                label(d, "content-type", false);
            }
            case "header" -> {
                String[] header = n.pick(ODD_HEADERS);
                if (header[0].equals("Content-Length") || header[0].equals("Transfer-Encoding")) {
                    if (d.fixture) {
                        return;
                    }
                }
                d.header(header[0], header[1]);
                label(d, "header-" + header[0].toLowerCase(java.util.Locale.ROOT), false);
            }
            case "host" -> {
                d.host = n.pick(
                        List.of(Draft.NO_HOST, "", "a b", "[::1", "\u00e9", "localhost:99999", "x".repeat(3_000)));
                label(d, "host", false);
            }
            case "gzip-valid" -> encoding(d, "gzip", Mutator::gzip, "gzip-valid", false);
            case "gzip-not-gzip" -> encoding(d, "gzip", b -> b, "gzip-not-gzip", true);
            case "gzip-truncated" ->
                encoding(
                        d,
                        "gzip",
                        b -> {
                            byte[] gz = gzip(b);
                            return Arrays.copyOf(gz, Math.max(1, gz.length - 1 - gz.length / 3));
                        },
                        "gzip-truncated",
                        true);
            case "gzip-tiny" -> encoding(d, "gzip", b -> new byte[] {0x1f, (byte) 0x8b}, "gzip-tiny", true);
            case "deflate-not-deflate" -> encoding(d, "deflate", b -> b, "deflate-not-deflate", true);
            case "encoding-unknown" -> {
                if (!d.fixture) {
                    String coding = n.pick(List.of("br", "zstd", "compress", "fuzz", "gzip, identity", "identity"));
                    encoding(
                            d, coding, coding.startsWith("gzip") ? Mutator::gzip : b -> b, "encoding-" + coding, false);
                }
            }
            case "framing" -> framing(d);
            case "path-variable" -> {
                if (fixtureSafe && !d.pathValues.isEmpty()) {
                    String variable = n.pick(List.copyOf(d.pathValues.keySet()));
                    d.pathValues.put(variable, n.pick(ODD_SEGMENTS));
                    label(d, "path-variable", false);
                }
            }
            case "path-literal" -> {
                if (!d.fixture) {
                    d.pathTemplate = switch (n.between(0, 5)) {
                        case 0 -> d.pathTemplate.substring(0, Math.max(1, d.pathTemplate.lastIndexOf('/')));
                        case 1 -> d.pathTemplate + "/";
                        case 2 -> d.pathTemplate.replaceFirst("/", "//");
                        case 3 -> d.pathTemplate.toUpperCase(java.util.Locale.ROOT);
                        case 4 -> d.pathTemplate + "/extra";
                        default -> "/" + d.pathTemplate.replace("/v1", "/v2");
                    };
                    label(d, "path-literal", false);
                }
            }
            case "query-value" -> {
                List<String> names = d.template.queryNames().isEmpty() ? STANDARD_QUERY : d.template.queryNames();
                if (d.fixture && names.contains("registryName")) {
                    return; // the policy operations name their registry in the query
                }
                String name = n.pick(names);
                d.query.removeIf(q -> q[0].equals(name) && n.chance(0.5));
                d.query(name, n.pick(ODD_QUERY_VALUES));
                label(d, "query-value", false);
            }
            case "query-odd" -> {
                if (!(d.fixture && d.template.queryNames().contains("registryName"))) {
                    d.query(
                            n.pick(List.of("", "&", "%zz", "a", "limit", "=", "x[]", "%00")),
                            n.pick(Arrays.asList(null, "", "=", "%", "1&&")));
                    label(d, "query-odd", false);
                }
            }
            case "method" -> {
                if (!d.fixture) {
                    d.method = n.pick(METHODS);
                    label(d, "method-" + d.method, false);
                }
            }
            case "ref-pointer" -> {
                if (!fixtureWrite
                        && json instanceof ObjectNode object
                        && object.path("Content").isTextual()) {
                    try {
                        JsonNode content =
                                Documents.JSON.readTree(object.path("Content").asText());
                        if (BodyMutations.refPointer(content, n)) {
                            object.put("Content", content.toString());
                            label(d, "ref-pointer", false);
                        }
                    } catch (java.io.IOException e) {
                        // content already mutated into something that is not JSON
                    }
                }
            }
            case "time-range" -> {
                if (!d.fixture && json != null && timeRange(json)) {
                    label(d, "time-range", false);
                }
            }
            case "data-base64" -> {
                if (!d.fixture && json != null && dataBase64(json)) {
                    label(d, "data-base64", false);
                }
            }
            default -> throw new IllegalArgumentException("no mutation " + kind);
        }
    }

    private void framing(Draft d) {
        if (d.framing != Framing.NONE && d.framing != Framing.LENGTH) {
            return; // once: a second framing would undo a malformed first one
        }
        boolean fixture = d.fixture;
        List<Framing> choices = Arrays.stream(Framing.values())
                .filter(f -> f != Framing.NONE && f != Framing.LENGTH)
                .filter(f -> !fixture || f.malformed || f == Framing.CHUNKED || f == Framing.CHUNKED_EXTENSIONS)
                .toList();
        if (!d.hasBody()) {
            if (fixture && !d.method.equals("GET")) {
                return;
            }
            d.rawBody = Framing.ascii("{}");
        }
        d.framing = n.pick(choices);
        label(d, "framing-" + d.framing.name().toLowerCase(java.util.Locale.ROOT), d.framing.malformed);
    }

    private void encoding(
            Draft d, String coding, java.util.function.UnaryOperator<byte[]> encoder, String label, boolean refusing) {
        if (!d.hasBody() || d.contentEncoding != null) {
            return;
        }
        d.contentEncoding = coding;
        d.encoder = encoder;
        label(d, label, refusing);
    }

    private boolean timeRange(JsonNode root) {
        List<BodyMutations.Place> times = BodyMutations.places(root).stream()
                .filter(p -> "Time".equals(p.field()) || "time".equals(p.field()))
                .toList();
        JsonNode value = n.pick(List.of(
                Documents.JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e999999")),
                Documents.JSON.getNodeFactory().textNode("+999999999-12-31T23:59:59Z"),
                Documents.JSON.getNodeFactory().numberNode(-1e20),
                Documents.JSON.getNodeFactory().textNode("not a time"),
                Documents.JSON.getNodeFactory().numberNode(Long.MAX_VALUE)));
        if (!times.isEmpty()) {
            n.pick(times).set(value);
            return true;
        }
        List<BodyMutations.Place> entries = BodyMutations.places(root).stream()
                .filter(p -> p.node() instanceof ObjectNode o && (o.has("Source") || o.has("specversion")))
                .toList();
        if (entries.isEmpty()) {
            return false;
        }
        ObjectNode entry = (ObjectNode) n.pick(entries).node();
        entry.set(entry.has("Source") ? "Time" : "time", value);
        return true;
    }

    private boolean dataBase64(JsonNode root) {
        List<BodyMutations.Place> events = BodyMutations.places(root).stream()
                .filter(p -> p.node() instanceof ObjectNode o && o.has("specversion"))
                .toList();
        ObjectNode event = events.isEmpty()
                ? root instanceof ObjectNode o && o.has("specversion") ? o : null
                : (ObjectNode) n.pick(events).node();
        if (event == null) {
            return false;
        }
        event.remove("data");
        event.put("data_base64", n.pick(List.of("!!!not base64", "QQ", "Q===", "////", "%zz")));
        return true;
    }

    private static void label(Draft d, String mutation, boolean refusing) {
        if (mutation != null) {
            d.mutations.add(mutation);
            d.invalid |= refusing;
        }
    }

    private static List<String> iterable(ObjectNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
