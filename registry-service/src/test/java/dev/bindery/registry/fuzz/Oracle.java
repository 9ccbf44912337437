package dev.bindery.registry.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.error.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What every answer must satisfy: no server error, an answer within five seconds, errors in the
 * AWS format of the operation's protocol without internals in the message, and a refusal for a
 * request that a mutation made invalid.
 */
final class Oracle {

    static final long SLOW_MILLIS = 5_000;

    /** Texts that give away the implementation; a message to a client has none of them. */
    private static final List<String> INTERNALS = List.of(
            "java.",
            "javax.",
            "jakarta.",
            "io.micronaut",
            "io.netty",
            "com.fasterxml",
            "Exception",
            "\tat ",
            "Caused by",
            "StreamReadConstraints",
            "dev.bindery",
            "micronaut.");

    private static final Set<String> EVENT_OPERATIONS = Set.of("PutEvents", "PutCloudEvents", "PutEventsNdjson");

    enum Kind {
        SERVER_ERROR,
        SLOW,
        NO_ANSWER,
        ERROR_FORMAT,
        INVALID_ACCEPTED,
        FIXTURE_CHANGED
    }

    /** One broken rule. */
    record Finding(Kind kind, String detail) {}

    private Oracle() {}

    static List<Finding> judge(Draft d, RawHttp.Answer a) {
        List<Finding> findings = new ArrayList<>();
        if (a.status() == RawHttp.TIMED_OUT || a.millis() > SLOW_MILLIS) {
            findings.add(new Finding(Kind.SLOW, "answered after " + a.millis() + " ms"));
        }
        if (a.status() == RawHttp.CLOSED || a.status() == RawHttp.GARBLED) {
            if (!d.framing.halfClose) {
                findings.add(new Finding(
                        Kind.NO_ANSWER,
                        a.status() == RawHttp.CLOSED
                                ? "connection closed without an answer"
                                : "the answer is not HTTP"));
            }
            return findings;
        }
        if (a.status() >= 500 && !storageRefusal(a)) {
            findings.add(new Finding(Kind.SERVER_ERROR, a.status() + " " + excerpt(a)));
        }
        if (a.status() >= 400) {
            String problem = awsJson(d) ? awsJsonProblem(a, d) : restJsonProblem(a, d);
            if (problem != null && unreadableRequestLine(d)) {
                // a request line over the HTTP codec's limit is never read, so no server can tell which API it
                // was for: the Schemas API's shape is as right as awsJson's
                problem = restJsonProblem(a, d) == null ? null : problem;
            }
            if (problem != null) {
                findings.add(new Finding(Kind.ERROR_FORMAT, problem + ": " + a.status() + " " + excerpt(a)));
            }
        }
        if (a.status() >= 200 && a.status() < 300 && mustRefuse(d)) {
            findings.add(new Finding(
                    Kind.INVALID_ACCEPTED, a.status() + " to a request that must be refused: " + excerpt(a)));
        }
        return findings;
    }

    /** A 503 that says storage refused the write is the documented answer to a full or read-only disk. */
    static boolean storageRefusal(RawHttp.Answer a) {
        return a.status() == 503 && "ServiceUnavailableException".equals(a.header("x-amzn-ErrorType"));
    }

    /** The events API's {@code POST /} answers in awsJson 1.1. */
    /** Netty's HTTP codec reads request lines of at most 4096 bytes. */
    private static boolean unreadableRequestLine(Draft d) {
        return d.method.length() + 1 + d.target().length() + " HTTP/1.1".length() > 4096;
    }

    private static boolean awsJson(Draft d) {
        String target = d.target();
        return d.method.equals("POST") && (target.equals("/") || target.startsWith("/?"));
    }

    private static boolean mustRefuse(Draft d) {
        if (!d.invalid
                || !d.template.readsBody()
                || !d.method.equals(d.operation.method())
                || d.mutations.contains("path-literal")) {
            return false;
        }
        boolean transport = d.framing.malformed
                || d.mutations.stream()
                        .anyMatch(m ->
                                m.startsWith("gzip-") && !m.equals("gzip-valid") || m.equals("deflate-not-deflate"));
        // the events operations answer a bad entry with a per-entry error in a 200; only a broken transport refuses
        // them
        return transport || !EVENT_OPERATIONS.contains(d.operation.id());
    }

    private static String restJsonProblem(RawHttp.Answer a, Draft d) {
        String code = a.header("x-amzn-ErrorType");
        if (code == null || code.isEmpty()) {
            return "no x-amzn-ErrorType header";
        }
        String modelled = modelledStatusProblem(code, a.status());
        if (d.method.equals("HEAD")) {
            return modelled;
        }
        JsonNode body = json(a);
        if (body == null || !body.isObject()) {
            return "the body is not a JSON object";
        }
        if (!code.equals(body.path("Code").asText(null))) {
            return "body Code differs from x-amzn-ErrorType";
        }
        String message = body.path("Message").asText("");
        if (message.isBlank()) {
            return "no Message";
        }
        String leak = leak(message);
        return leak != null ? "the message quotes internals (" + leak + ")" : modelled;
    }

    private static String awsJsonProblem(RawHttp.Answer a, Draft d) {
        if (d.method.equals("HEAD")) {
            return null;
        }
        JsonNode body = json(a);
        if (body == null || !body.isObject()) {
            return "the body is not a JSON object";
        }
        String type = body.path("__type").asText("");
        if (type.isEmpty()) {
            return "no __type (awsJson 1.1)";
        }
        String header = a.header("x-amzn-ErrorType");
        if (header != null && !header.equals(type)) {
            return "x-amzn-ErrorType differs from __type";
        }
        String message = body.path("message").asText("");
        if (message.isBlank()) {
            return "no message (awsJson 1.1)";
        }
        String leak = leak(message);
        return leak != null ? "the message quotes internals (" + leak + ")" : null;
    }

    /** A Schemas API code whose modelled status differs from the answer's makes SDKs misreport it. */
    private static String modelledStatusProblem(String code, int status) {
        return Arrays.stream(ErrorCode.values())
                .filter(c -> c.name().equals(code) && c.status() != status)
                .findFirst()
                .map(c -> "code " + code + " is modelled as " + c.status() + ", answered " + status)
                .orElse(null);
    }

    private static String leak(String message) {
        return INTERNALS.stream().filter(message::contains).findFirst().orElse(null);
    }

    private static JsonNode json(RawHttp.Answer a) {
        try {
            return Documents.JSON.readTree(a.body());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static String excerpt(RawHttp.Answer a) {
        String type = a.header("x-amzn-ErrorType");
        String text = a.text().replace("\n", "\\n");
        return (type == null ? "" : "[" + type + "] ") + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
}
