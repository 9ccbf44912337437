package dev.bindery.registry.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Valid documents for request templates: schema content, events, policies. */
final class Documents {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> FIELDS = List.of("id", "amount", "customer", "items", "status", "at", "note");
    private static final List<String> TYPES = List.of("string", "integer", "number", "boolean");

    private Documents() {}

    /** An OpenAPI 3 document in EventBridge's layout with some of the usual fields. */
    static String openApi(Names names) {
        String detail = names.pick(List.of("Order", "Invoice", "Thing"));
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.0.0");
        root.putObject("info").put("version", "1.0.0").put("title", detail);
        root.putObject("paths");
        ObjectNode schemas = root.putObject("components").putObject("schemas");
        ObjectNode event = schemas.putObject("AWSEvent").put("type", "object");
        event.putArray("required").add("detail");
        event.putObject("properties").putObject("detail").put("$ref", "#/components/schemas/" + detail);
        ObjectNode body = schemas.putObject(detail).put("type", "object");
        properties(names, body.putObject("properties"));
        return root.toString();
    }

    /** A JSON Schema draft 4 document. */
    static String draft4(Names names) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-04/schema#");
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        properties(names, properties);
        if (names.chance(0.3)) {
            root.putObject("definitions").putObject("Part").put("type", "string");
            properties.putObject("part").put("$ref", "#/definitions/Part");
        }
        return root.toString();
    }

    static String content(Names names, String type) {
        return type.equals("OpenApi3") ? openApi(names) : draft4(names);
    }

    private static void properties(Names names, ObjectNode properties) {
        int n = names.between(1, 4);
        for (int i = 0; i < n; i++) {
            properties.putObject(names.pick(FIELDS)).put("type", names.pick(TYPES));
        }
    }

    /** An event's detail. */
    static ObjectNode detail(Names names) {
        ObjectNode detail = JSON.createObjectNode();
        int n = names.between(0, 4);
        for (int i = 0; i < n; i++) {
            String field = names.pick(FIELDS);
            switch (names.between(0, 3)) {
                case 0 -> detail.put(field, "v" + i);
                case 1 -> detail.put(field, i * 10);
                case 2 -> detail.putArray(field).add(1).add(2);
                default -> detail.putObject(field).put("nested", true);
            }
        }
        return detail;
    }

    /** A PutEvents entry. */
    static ObjectNode entry(Names names) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("Source", names.pick(List.of("pg.src", "com.example.orders", "fuzz")));
        entry.put("DetailType", names.pick(List.of("Thing", "Order Placed", "fuzz.event")));
        entry.put("Detail", detail(names).toString());
        if (names.chance(0.5)) {
            entry.put("EventBusName", names.bus(false));
        }
        if (names.chance(0.3)) {
            entry.put("Time", "2026-01-0" + names.between(1, 9) + "T10:00:00Z");
        }
        if (names.chance(0.2)) {
            entry.putArray("Resources").add("arn:aws:s3:::bucket");
        }
        return entry;
    }

    /** An EventBridge envelope, as NDJSON lines carry them. */
    static ObjectNode envelope(Names names) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "0");
        envelope.put("id", "e-" + names.between(0, 1_000_000));
        envelope.put("detail-type", names.pick(List.of("Thing", "Order Placed")));
        envelope.put("source", names.pick(List.of("pg.src", "com.example.orders")));
        envelope.put("account", Names.ACCOUNT);
        envelope.put("time", "2026-02-01T12:00:00Z");
        envelope.put("region", Names.REGION);
        envelope.putArray("resources");
        envelope.set("detail", detail(names));
        return envelope;
    }

    /** A structured-mode CloudEvent. */
    static ObjectNode cloudEvent(Names names) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", "ce-" + names.between(0, 1_000_000));
        event.put("source", "com.example.tickets");
        event.put("type", names.pick(List.of("ticket.created", "ticket.closed")));
        if (names.chance(0.3)) {
            event.put("time", "2026-03-01T08:00:00Z");
        }
        if (names.chance(0.2)) {
            event.put("data_base64", "eyJhIjoxfQ==");
        } else {
            event.set("data", detail(names));
        }
        return event;
    }

    /** A resource policy that grants one reader. */
    static String policy(Names names) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::" + Names.ACCOUNT + ":user/u" + names.between(0, 9) + "\"},"
                + "\"Action\":\"schemas:Describe*\",\"Resource\":\"*\"}]}";
    }

    static ArrayNode array(JsonNode... items) {
        ArrayNode array = JSON.createArrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }
}
