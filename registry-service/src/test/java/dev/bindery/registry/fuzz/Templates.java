package dev.bindery.registry.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A valid request for every operation, so mutations start from realistic input. An operation
 * without a template here (a route added later) still gets a generic one: its path variables filled
 * by name and an empty JSON object as body.
 */
final class Templates {

    /** Whether, and how, a request may name fixture data. */
    enum FixtureUse {
        /** The operation only reads: any mutation but a change of method may name fixtures. */
        READ,
        /** A write with a body: it may name fixtures only when a mutation makes it a request to refuse. */
        REFUSED_WRITE,
        /** A write that reads no body, or one on the events path: never names fixtures. */
        NEVER
    }

    /** How to build one operation's valid request. */
    record Template(boolean readsBody, FixtureUse fixtureUse, List<String> queryNames, BiConsumer<Draft, Names> fill) {

        Map.Entry<String, Template> named(String id) {
            return Map.entry(id, this);
        }
    }

    private static final Map<String, Template> TEMPLATES = Map.ofEntries(
            read("ListRegistries", List.of("limit", "nextToken", "registryNamePrefix", "scope"), (d, n) -> {
                optional(d, n, "limit", Integer.toString(n.between(1, 100)));
                optional(d, n, "registryNamePrefix", n.pick(List.of("pg", "fx", "d")));
                optional(d, n, "scope", n.pick(List.of("LOCAL", "AWS")));
            }),
            read("DescribeRegistry", List.of(), Templates::paths),
            write("CreateRegistry", FixtureUse.REFUSED_WRITE, (d, n) -> {
                paths(d, n);
                ObjectNode body = object(d);
                optionalText(n, body, "Description", "playground " + n.between(0, 99));
                if (n.chance(0.4)) {
                    body.putObject("tags").put("team", "t" + n.between(0, 9));
                }
            }),
            write("UpdateRegistry", FixtureUse.REFUSED_WRITE, (d, n) -> {
                paths(d, n);
                object(d).put("Description", "updated " + n.between(0, 99));
            }),
            noBody("DeleteRegistry", List.of()),
            read("ListSchemas", List.of("limit", "nextToken", "schemaNamePrefix"), (d, n) -> {
                paths(d, n);
                optional(d, n, "limit", Integer.toString(n.between(1, 100)));
                optional(d, n, "schemaNamePrefix", n.pick(List.of("s", "fx", "pg.")));
            }),
            read("SearchSchemas", List.of("keywords", "limit", "nextToken"), (d, n) -> {
                paths(d, n);
                d.query("keywords", n.pick(List.of("Order", "s", "Invoice", "id")));
                optional(d, n, "limit", Integer.toString(n.between(1, 100)));
            }),
            read("DescribeSchema", List.of("schemaVersion"), (d, n) -> {
                paths(d, n);
                optional(d, n, "schemaVersion", n.version());
            }),
            write("CreateSchema", FixtureUse.REFUSED_WRITE, (d, n) -> schemaBody(d, n, true)),
            write("UpdateSchema", FixtureUse.REFUSED_WRITE, (d, n) -> schemaBody(d, n, false)),
            noBody("DeleteSchema", List.of()),
            noBody("DeleteSchemaVersion", List.of()),
            read("ListSchemaVersions", List.of("limit", "nextToken"), (d, n) -> {
                paths(d, n);
                optional(d, n, "limit", Integer.toString(n.between(1, 100)));
            }),
            read("ExportSchema", List.of("type", "schemaVersion"), (d, n) -> {
                paths(d, n);
                d.query("type", n.pick(List.of("OpenApi3", "JSONSchemaDraft4")));
                optional(d, n, "schemaVersion", n.version());
            }),
            read("GetRegistryCompatibility", List.of(), Templates::paths),
            write("PutRegistryCompatibility", FixtureUse.REFUSED_WRITE, Templates::rule),
            read("GetSchemaCompatibility", List.of(), Templates::paths),
            write("PutSchemaCompatibility", FixtureUse.REFUSED_WRITE, Templates::rule),
            noBody("DeleteSchemaCompatibility", List.of()),
            new Template(true, FixtureUse.READ, List.of(), (d, n) -> {
                        paths(d, n);
                        String type = n.pick(List.of("OpenApi3", "JSONSchemaDraft4"));
                        ObjectNode body = object(d)
                                .put("Content", Documents.content(n, type))
                                .put("Type", type);
                        if (n.chance(0.5)) {
                            body.put("Mode", mode(n));
                        }
                    })
                    .named("CheckSchemaCompatibility"),
            read("DiffSchemaVersions", List.of("fromVersion", "toVersion"), (d, n) -> {
                paths(d, n);
                optional(d, n, "fromVersion", n.version());
                optional(d, n, "toVersion", n.version());
            }),
            read("GetVersionCompatibility", List.of(), Templates::paths),
            new Template(true, FixtureUse.READ, List.of(), (d, n) -> {
                        ArrayNode events = object(d)
                                .put("Type", n.pick(List.of("OpenApi3", "JSONSchemaDraft4")))
                                .putArray("Events");
                        IntStream.range(0, n.between(1, 3))
                                .forEach(i -> events.add(Documents.envelope(n).toString()));
                    })
                    .named("GetDiscoveredSchema"),
            write("CreateDiscoverer", FixtureUse.NEVER, (d, n) -> {
                ObjectNode body = object(d).put("SourceArn", Names.busArn(n.bus(false)));
                optionalText(n, body, "Description", "d" + n.between(0, 9));
                if (n.chance(0.3)) {
                    body.put("CrossAccount", n.chance(0.5));
                }
            }),
            read("ListDiscoverers", List.of("discovererIdPrefix", "sourceArnPrefix", "limit", "nextToken"), (d, n) -> {
                optional(d, n, "sourceArnPrefix", Names.encode("arn:aws:events:"));
                optional(d, n, "limit", Integer.toString(n.between(1, 100)));
            }),
            read("DescribeDiscoverer", List.of(), Templates::paths),
            write("UpdateDiscoverer", FixtureUse.REFUSED_WRITE, (d, n) -> {
                paths(d, n);
                object(d).put("Description", "u" + n.between(0, 9)).put("CrossAccount", n.chance(0.5));
            }),
            noBody("DeleteDiscoverer", List.of()),
            noBody("StartDiscoverer", List.of()),
            noBody("StopDiscoverer", List.of()),
            read("GetDiscoveryStatistics", List.of(), (d, n) -> {
                paths(d, n);
                if (!d.fixture && n.chance(0.7)) {
                    d.pathValues.put("registryName", "discovered-schemas");
                    d.pathValues.put(
                            "schemaName",
                            Names.encode(n.pick(List.of(
                                    "pg.src@Thing",
                                    "com.example.orders@OrderPlaced",
                                    "com.example.tickets@ticket.created"))));
                }
            }),
            write("PutEvents", FixtureUse.NEVER, (d, n) -> {
                d.header("X-Amz-Target", "AWSEvents.PutEvents");
                d.header("Content-Type", "application/x-amz-json-1.1");
                ArrayNode entries = object(d).putArray("Entries");
                IntStream.range(0, n.between(1, 3)).forEach(i -> entries.add(Documents.entry(n)));
            }),
            write(
                    "TestEventPattern",
                    FixtureUse.NEVER,
                    (d, n) -> object(events(d, "TestEventPattern"))
                            .put(
                                    "EventPattern",
                                    n.pick(List.of(
                                            "{\"source\":[\"pg.src\"]}",
                                            "{\"detail\":{\"n\":[{\"numeric\":[\">\",1]}]}}")))
                            .put("Event", Documents.envelope(n).toString())),
            write(
                    "PutRule",
                    FixtureUse.NEVER,
                    (d, n) -> object(events(d, "PutRule"))
                            .put("Name", "fuzz-rule-" + n.between(0, 9))
                            .put("EventPattern", "{\"source\":[\"pg.src\"]}")),
            write("DescribeRule", FixtureUse.NEVER, (d, n) -> eventRule(events(d, "DescribeRule"), n)),
            write(
                    "ListRules",
                    FixtureUse.NEVER,
                    (d, n) -> object(events(d, "ListRules")).put("NamePrefix", "fuzz-")),
            write("DeleteRule", FixtureUse.NEVER, (d, n) -> eventRule(events(d, "DeleteRule"), n)),
            write("EnableRule", FixtureUse.NEVER, (d, n) -> eventRule(events(d, "EnableRule"), n)),
            write("DisableRule", FixtureUse.NEVER, (d, n) -> eventRule(events(d, "DisableRule"), n)),
            write(
                    "PutTargets",
                    FixtureUse.NEVER,
                    (d, n) -> object(events(d, "PutTargets"))
                            .put("Rule", "fuzz-rule-" + n.between(0, 9))
                            .putArray("Targets")),
            write("PutCloudEvents", FixtureUse.NEVER, (d, n) -> {
                optional(d, n, "eventBusName", n.bus(false));
                switch (n.between(0, 2)) {
                    case 0 -> {
                        d.header("Content-Type", "application/cloudevents+json");
                        d.json = Documents.cloudEvent(n);
                    }
                    case 1 -> {
                        d.header("Content-Type", "application/cloudevents-batch+json");
                        d.json = Documents.array(Documents.cloudEvent(n), Documents.cloudEvent(n));
                    }
                    default -> {
                        d.header("Content-Type", "application/json");
                        d.header("ce-specversion", "1.0");
                        d.header("ce-id", "b-" + n.between(0, 999));
                        d.header("ce-source", "com.example.binary");
                        d.header("ce-type", "binary.event");
                        d.json = Documents.detail(n);
                    }
                }
            }),
            write("PutEventsNdjson", FixtureUse.NEVER, (d, n) -> {
                optional(d, n, "eventBusName", n.bus(false));
                d.header("Content-Type", "application/x-ndjson");
                d.rawBody = (IntStream.range(0, n.between(1, 5))
                                        .mapToObj(i -> Documents.envelope(n).toString())
                                        .collect(Collectors.joining("\n"))
                                + "\n")
                        .getBytes(StandardCharsets.UTF_8);
            }),
            read("Ping", List.of(), (d, n) -> {}),
            read("GET /health", List.of(), (d, n) -> {}),
            read(
                    "GET /health/{selector}",
                    List.of(),
                    (d, n) -> d.pathValues.put(
                            "selector", n.chance(0.8) ? n.pick(List.of("liveness", "readiness")) : "startup")),
            read("GetResourcePolicy", List.of("registryName"), Templates::policyTarget),
            write("PutResourcePolicy", FixtureUse.REFUSED_WRITE, (d, n) -> {
                policyTarget(d, n);
                object(d).put("Policy", Documents.policy(n));
            }),
            new Template(false, FixtureUse.NEVER, List.of("registryName"), Templates::policyTarget)
                    .named("DeleteResourcePolicy"),
            read(
                    "ListPrincipals",
                    List.of("limit", "nextToken"),
                    (d, n) -> optional(d, n, "limit", Integer.toString(n.between(1, 100)))),
            read("DescribePrincipal", List.of(), Templates::paths),
            write("CreatePrincipal", FixtureUse.REFUSED_WRITE, Templates::principal),
            write("UpdatePrincipal", FixtureUse.REFUSED_WRITE, Templates::principal),
            noBody("DeletePrincipal", List.of()),
            noBody("CreateAccessKey", List.of()),
            read("ListAccessKeys", List.of(), Templates::paths),
            noBody("DeleteAccessKey", List.of()),
            write("CreateToken", FixtureUse.REFUSED_WRITE, (d, n) -> {
                paths(d, n);
                ObjectNode body = object(d);
                if (n.chance(0.6)) {
                    body.put("ExpiresInSeconds", n.between(60, 86_400));
                }
            }),
            read("ListTokens", List.of(), Templates::paths),
            noBody("DeleteToken", List.of()),
            read("ListAuditEvents", List.of("principal", "resource", "from", "to", "limit", "nextToken"), (d, n) -> {
                optional(d, n, "principal", n.principal(false));
                optional(d, n, "from", "2020-01-01T00:00:00Z");
                optional(d, n, "to", "2099-01-01T00:00:00Z");
                optional(d, n, "limit", Integer.toString(n.between(1, 100)));
            }),
            new Template(false, FixtureUse.NEVER, List.of("schemaVersion"), Templates::binding).named("PutCodeBinding"),
            read("DescribeCodeBinding", List.of("schemaVersion"), Templates::binding),
            read("GetCodeBindingSource", List.of("schemaVersion"), Templates::binding),
            read("ListTagsForResource", List.of(), Templates::paths),
            write("TagResource", FixtureUse.REFUSED_WRITE, (d, n) -> {
                paths(d, n);
                object(d).putObject("tags").put("k" + n.between(0, 3), "v" + n.between(0, 9));
            }),
            new Template(false, FixtureUse.NEVER, List.of("tagKeys"), (d, n) -> {
                        paths(d, n);
                        IntStream.range(0, n.between(1, 2)).forEach(i -> d.query("tagKeys", "k" + n.between(0, 3)));
                    })
                    .named("UntagResource"));

    private Templates() {}

    /** The template of an operation, or a generic one built from its route. */
    static Template of(Operation operation) {
        Template template = TEMPLATES.get(operation.id());
        if (template != null) {
            return template;
        }
        boolean body = operation.method().equals("POST") || operation.method().equals("PUT");
        boolean reads = operation.method().equals("GET");
        return new Template(body, reads ? FixtureUse.READ : FixtureUse.NEVER, List.of(), (d, n) -> {
            paths(d, n);
            if (body) {
                object(d);
            }
        });
    }

    /** An events API request: its target header and awsJson content type. */
    private static Draft events(Draft d, String operation) {
        d.header("X-Amz-Target", "AWSEvents." + operation);
        d.header("Content-Type", "application/x-amz-json-1.1");
        return d;
    }

    private static void eventRule(Draft d, Names n) {
        object(d).put("Name", "fuzz-rule-" + n.between(0, 9));
    }

    static boolean has(Operation operation) {
        return TEMPLATES.containsKey(operation.id());
    }

    /** Fills every path variable of the draft's template from the pools, by the variable's name. */
    static void paths(Draft d, Names n) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(d.pathTemplate);
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "registryName" -> n.registry(d.fixture);
                case "schemaName" -> n.schema(d.fixture);
                case "schemaVersion" -> n.version();
                case "language" -> n.chance(0.9) ? n.pick(List.of("Java8", "Java17")) : "Cobol";
                case "discovererId" -> n.discoverer(d.fixture);
                case "principalName" -> n.principal(d.fixture);
                case "accessKeyId" -> n.accessKey(d.fixture);
                case "tokenId" -> n.token(d.fixture);
                case "resourceArn" -> n.arn(d.fixture);
                default -> "x" + n.between(0, 9);
            };
            d.pathValues.put(name, Names.encode(value));
        }
    }

    private static void schemaBody(Draft d, Names n, boolean create) {
        paths(d, n);
        String type = n.pick(List.of("OpenApi3", "JSONSchemaDraft4"));
        ObjectNode body = object(d).put("Content", Documents.content(n, type)).put("Type", type);
        optionalText(n, body, "Description", "schema " + n.between(0, 99));
        if (create && n.chance(0.3)) {
            body.putObject("tags").put("owner", "o" + n.between(0, 9));
        }
        if (n.chance(0.2)) {
            body.put("ClientTokenId", "tok-" + n.between(0, 99));
        }
    }

    private static void rule(Draft d, Names n) {
        paths(d, n);
        ObjectNode body = object(d).put("Mode", mode(n));
        if (n.chance(0.5)) {
            body.put("Policy", n.pick(List.of("STRICT", "LENIENT")));
        }
    }

    private static String mode(Names n) {
        return n.pick(List.of(
                "NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE"));
    }

    private static void principal(Draft d, Names n) {
        paths(d, n);
        ObjectNode body = object(d).put("Role", n.pick(List.of("reader", "producer", "writer", "admin")));
        if (n.chance(0.5)) {
            body.putArray("Registries").add("pg-*");
        }
    }

    private static void policyTarget(Draft d, Names n) {
        if (d.fixture || n.chance(0.9)) {
            d.query("registryName", n.registry(d.fixture));
        }
    }

    private static void binding(Draft d, Names n) {
        paths(d, n);
        optional(d, n, "schemaVersion", n.version());
    }

    private static ObjectNode object(Draft d) {
        ObjectNode body = Documents.JSON.createObjectNode();
        d.json = body;
        d.header("Content-Type", "application/json");
        return body;
    }

    private static void optional(Draft d, Names n, String name, String value) {
        if (n.chance(0.5)) {
            d.query(name, value);
        }
    }

    private static void optionalText(Names n, ObjectNode body, String member, String value) {
        if (n.chance(0.7)) {
            body.put(member, value);
        }
    }

    private static Map.Entry<String, Template> read(String id, List<String> query, BiConsumer<Draft, Names> fill) {
        return Map.entry(id, new Template(false, FixtureUse.READ, query, fill));
    }

    private static Map.Entry<String, Template> write(String id, FixtureUse use, BiConsumer<Draft, Names> fill) {
        return Map.entry(id, new Template(true, use, List.of(), fill));
    }

    private static Map.Entry<String, Template> noBody(String id, List<String> query) {
        return Map.entry(id, new Template(false, FixtureUse.NEVER, query, Templates::paths));
    }
}
