package dev.bindery.registry.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.registry.support.AwsCli;
import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.InvalidEventPatternException;

/**
 * TestEventPattern against EventBridge's documented matching semantics: a table of pattern/event pairs, each run
 * through the real AWS CLI ({@code aws events test-event-pattern}), covering every operator; invalid patterns and
 * events answered as EventBridge answers them; and the SDK's EventBridgeClient for a few.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestEventPatternConformanceTest implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = """
            {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"Order Placed",
             "source":"com.acme.orders","account":"123456789012","time":"2026-12-06T06:00:00Z",
             "region":"us-east-1","resources":["arn:aws:s3:::a"],"detail":{}}""";

    @Inject
    EmbeddedServer server;

    @TempDir
    Path work;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    /** A pattern, the event it is tested with, and what EventBridge answers. */
    record Case(String name, String pattern, String event, boolean expected) {}

    /** The event: the base envelope with {@code delta}'s top-level members put over it. */
    private static String event(String delta) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(BASE);
            JSON.readTree(delta).fields().forEachRemaining(field -> event.set(field.getKey(), field.getValue()));
            return JSON.writeValueAsString(event);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Case envelope(String name, String pattern, String delta, boolean expected) {
        return new Case(name, pattern, event(delta), expected);
    }

    private static Case detail(String name, String pattern, String detail, boolean expected) {
        return new Case(name, pattern, event("{\"detail\":" + detail + "}"), expected);
    }

    static List<Case> table() {
        List<Case> t = new ArrayList<>();
        // exact values
        t.add(envelope("source equal", "{\"source\":[\"com.acme.orders\"]}", "{}", true));
        t.add(envelope("source different", "{\"source\":[\"com.acme.other\"]}", "{}", false));
        t.add(envelope("any of several values", "{\"source\":[\"x\",\"com.acme.orders\"]}", "{}", true));
        t.add(envelope("detail-type equal", "{\"detail-type\":[\"Order Placed\"]}", "{}", true));
        t.add(envelope("values are case-sensitive", "{\"detail-type\":[\"order placed\"]}", "{}", false));
        t.add(envelope("account equal", "{\"account\":[\"123456789012\"]}", "{}", true));
        t.add(envelope("region different", "{\"region\":[\"eu-west-1\"]}", "{}", false));
        t.add(detail("detail string equal", "{\"detail\":{\"status\":[\"paid\"]}}", "{\"status\":\"paid\"}", true));
        t.add(detail(
                "detail string case differs", "{\"detail\":{\"status\":[\"paid\"]}}", "{\"status\":\"PAID\"}", false));
        t.add(detail(
                "nested field equal",
                "{\"detail\":{\"customer\":{\"tier\":[\"gold\"]}}}",
                "{\"customer\":{\"tier\":\"gold\"}}",
                true));
        t.add(detail(
                "nested field different",
                "{\"detail\":{\"customer\":{\"tier\":[\"gold\"]}}}",
                "{\"customer\":{\"tier\":\"silver\"}}",
                false));
        t.add(detail("field absent from the event", "{\"detail\":{\"status\":[\"paid\"]}}", "{}", false));
        t.add(detail(
                "all fields must match",
                "{\"source\":[\"com.acme.orders\"],\"detail\":{\"status\":[\"paid\"]}}",
                "{\"status\":\"open\"}",
                false));
        t.add(detail(
                "fields not in the pattern are ignored",
                "{\"detail\":{\"status\":[\"paid\"]}}",
                "{\"status\":\"paid\",\"other\":1}",
                true));
        // numbers, strings and booleans
        t.add(detail("number equals number", "{\"detail\":{\"count\":[5]}}", "{\"count\":5}", true));
        t.add(detail("number does not equal string", "{\"detail\":{\"count\":[5]}}", "{\"count\":\"5\"}", false));
        t.add(detail("string does not equal number", "{\"detail\":{\"count\":[\"5\"]}}", "{\"count\":5}", false));
        t.add(detail("string equals string", "{\"detail\":{\"count\":[\"5\"]}}", "{\"count\":\"5\"}", true));
        t.add(detail("boolean equals boolean", "{\"detail\":{\"flag\":[true]}}", "{\"flag\":true}", true));
        t.add(detail("boolean does not equal string", "{\"detail\":{\"flag\":[true]}}", "{\"flag\":\"true\"}", false));
        t.add(detail("false does not equal true", "{\"detail\":{\"flag\":[false]}}", "{\"flag\":true}", false));
        // prefix
        t.add(envelope("source prefix", "{\"source\":[{\"prefix\":\"com.acme\"}]}", "{}", true));
        t.add(envelope("source prefix differs", "{\"source\":[{\"prefix\":\"org.\"}]}", "{}", false));
        t.add(detail(
                "detail prefix", "{\"detail\":{\"code\":[{\"prefix\":\"ERR-\"}]}}", "{\"code\":\"ERR-42\"}", true));
        t.add(detail(
                "prefix is case-sensitive",
                "{\"detail\":{\"code\":[{\"prefix\":\"err-\"}]}}",
                "{\"code\":\"ERR-42\"}",
                false));
        t.add(detail(
                "prefix ignoring case",
                "{\"detail\":{\"code\":[{\"prefix\":{\"equals-ignore-case\":\"err-\"}}]}}",
                "{\"code\":\"ERR-42\"}",
                true));
        t.add(detail(
                "prefix does not apply to numbers",
                "{\"detail\":{\"count\":[{\"prefix\":\"4\"}]}}",
                "{\"count\":42}",
                false));
        // suffix
        t.add(detail("suffix", "{\"detail\":{\"file\":[{\"suffix\":\".png\"}]}}", "{\"file\":\"image.png\"}", true));
        t.add(detail(
                "suffix differs",
                "{\"detail\":{\"file\":[{\"suffix\":\".png\"}]}}",
                "{\"file\":\"image.jpg\"}",
                false));
        t.add(detail(
                "suffix is case-sensitive",
                "{\"detail\":{\"file\":[{\"suffix\":\".PNG\"}]}}",
                "{\"file\":\"image.png\"}",
                false));
        t.add(detail(
                "suffix ignoring case",
                "{\"detail\":{\"file\":[{\"suffix\":{\"equals-ignore-case\":\".PNG\"}}]}}",
                "{\"file\":\"image.png\"}",
                true));
        // anything-but
        t.add(detail(
                "anything-but a value, other value",
                "{\"detail\":{\"state\":[{\"anything-but\":\"initializing\"}]}}",
                "{\"state\":\"running\"}",
                true));
        t.add(detail(
                "anything-but a value, that value",
                "{\"detail\":{\"state\":[{\"anything-but\":\"initializing\"}]}}",
                "{\"state\":\"initializing\"}",
                false));
        t.add(detail(
                "anything-but a list, listed value",
                "{\"detail\":{\"state\":[{\"anything-but\":[\"stopped\",\"overloaded\"]}]}}",
                "{\"state\":\"stopped\"}",
                false));
        t.add(detail(
                "anything-but a list, other value",
                "{\"detail\":{\"state\":[{\"anything-but\":[\"stopped\",\"overloaded\"]}]}}",
                "{\"state\":\"running\"}",
                true));
        t.add(detail(
                "anything-but a number, other number",
                "{\"detail\":{\"count\":[{\"anything-but\":100}]}}",
                "{\"count\":50}",
                true));
        t.add(detail(
                "anything-but a number, that number",
                "{\"detail\":{\"count\":[{\"anything-but\":100}]}}",
                "{\"count\":100}",
                false));
        t.add(detail(
                "anything-but numbers, listed number",
                "{\"detail\":{\"count\":[{\"anything-but\":[100,200]}]}}",
                "{\"count\":200}",
                false));
        t.add(detail(
                "anything-but a prefix, prefixed",
                "{\"detail\":{\"state\":[{\"anything-but\":{\"prefix\":\"init\"}}]}}",
                "{\"state\":\"initializing\"}",
                false));
        t.add(detail(
                "anything-but a prefix, not prefixed",
                "{\"detail\":{\"state\":[{\"anything-but\":{\"prefix\":\"init\"}}]}}",
                "{\"state\":\"running\"}",
                true));
        t.add(detail(
                "anything-but a suffix, suffixed",
                "{\"detail\":{\"file\":[{\"anything-but\":{\"suffix\":\".txt\"}}]}}",
                "{\"file\":\"a.txt\"}",
                false));
        t.add(detail(
                "anything-but a suffix, not suffixed",
                "{\"detail\":{\"file\":[{\"anything-but\":{\"suffix\":\".txt\"}}]}}",
                "{\"file\":\"a.png\"}",
                true));
        t.add(detail(
                "anything-but needs the field", "{\"detail\":{\"state\":[{\"anything-but\":\"x\"}]}}", "{}", false));
        t.add(detail(
                "anything-but ignoring case, same letters",
                "{\"detail\":{\"state\":[{\"anything-but\":{\"equals-ignore-case\":\"RUNNING\"}}]}}",
                "{\"state\":\"running\"}",
                false));
        t.add(detail(
                "anything-but ignoring case, other value",
                "{\"detail\":{\"state\":[{\"anything-but\":{\"equals-ignore-case\":\"RUNNING\"}}]}}",
                "{\"state\":\"stopped\"}",
                true));
        // numeric
        t.add(detail(
                "greater than, above",
                "{\"detail\":{\"price\":[{\"numeric\":[\">\",100]}]}}",
                "{\"price\":150}",
                true));
        t.add(detail(
                "greater than, equal",
                "{\"detail\":{\"price\":[{\"numeric\":[\">\",100]}]}}",
                "{\"price\":100}",
                false));
        t.add(detail(
                "at least, equal", "{\"detail\":{\"price\":[{\"numeric\":[\">=\",100]}]}}", "{\"price\":100}", true));
        t.add(detail(
                "less than, decimal below",
                "{\"detail\":{\"price\":[{\"numeric\":[\"<\",10]}]}}",
                "{\"price\":9.99}",
                true));
        t.add(detail(
                "at most, decimal above",
                "{\"detail\":{\"price\":[{\"numeric\":[\"<=\",10]}]}}",
                "{\"price\":10.5}",
                false));
        t.add(detail(
                "numeric equals", "{\"detail\":{\"price\":[{\"numeric\":[\"=\",300]}]}}", "{\"price\":300}", true));
        t.add(detail(
                "numeric equals an exponent form",
                "{\"detail\":{\"price\":[{\"numeric\":[\"=\",300]}]}}",
                "{\"price\":3.0e2}",
                true));
        t.add(detail(
                "range, at the closed top",
                "{\"detail\":{\"price\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}",
                "{\"price\":5}",
                true));
        t.add(detail(
                "range, at the open bottom",
                "{\"detail\":{\"price\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}",
                "{\"price\":0}",
                false));
        t.add(detail(
                "range, above", "{\"detail\":{\"price\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}", "{\"price\":6}", false));
        t.add(detail(
                "numeric does not apply to strings",
                "{\"detail\":{\"price\":[{\"numeric\":[\">\",100]}]}}",
                "{\"price\":\"150\"}",
                false));
        t.add(detail(
                "negative range",
                "{\"detail\":{\"price\":[{\"numeric\":[\">=\",-10,\"<\",0]}]}}",
                "{\"price\":-5}",
                true));
        t.add(detail("numeric needs the field", "{\"detail\":{\"price\":[{\"numeric\":[\">\",0]}]}}", "{}", false));
        // exists
        t.add(detail("exists, present", "{\"detail\":{\"coupon\":[{\"exists\":true}]}}", "{\"coupon\":\"X\"}", true));
        t.add(detail("exists, absent", "{\"detail\":{\"coupon\":[{\"exists\":true}]}}", "{}", false));
        t.add(detail("does not exist, absent", "{\"detail\":{\"coupon\":[{\"exists\":false}]}}", "{}", true));
        t.add(detail(
                "does not exist, present",
                "{\"detail\":{\"coupon\":[{\"exists\":false}]}}",
                "{\"coupon\":\"X\"}",
                false));
        t.add(detail(
                "exists works on leaves only",
                "{\"detail\":{\"customer\":[{\"exists\":true}]}}",
                "{\"customer\":{\"id\":\"c-1\"}}",
                false));
        t.add(detail(
                "exists on a nested leaf",
                "{\"detail\":{\"customer\":{\"id\":[{\"exists\":true}]}}}",
                "{\"customer\":{\"id\":\"c-1\"}}",
                true));
        // cidr
        t.add(detail(
                "cidr, inside", "{\"detail\":{\"ip\":[{\"cidr\":\"10.0.0.0/24\"}]}}", "{\"ip\":\"10.0.0.255\"}", true));
        t.add(detail(
                "cidr, outside", "{\"detail\":{\"ip\":[{\"cidr\":\"10.0.0.0/24\"}]}}", "{\"ip\":\"10.0.1.1\"}", false));
        t.add(detail(
                "cidr, IPv6 inside",
                "{\"detail\":{\"ip\":[{\"cidr\":\"2001:db8::/32\"}]}}",
                "{\"ip\":\"2001:db8::1\"}",
                true));
        t.add(detail(
                "cidr, not an address",
                "{\"detail\":{\"ip\":[{\"cidr\":\"10.0.0.0/8\"}]}}",
                "{\"ip\":\"not-an-ip\"}",
                false));
        // equals-ignore-case
        t.add(envelope(
                "equals-ignore-case, other case",
                "{\"detail-type\":[{\"equals-ignore-case\":\"order placed\"}]}",
                "{}",
                true));
        t.add(envelope(
                "equals-ignore-case, other words",
                "{\"detail-type\":[{\"equals-ignore-case\":\"order shipped\"}]}",
                "{}",
                false));
        t.add(envelope(
                "equals-ignore-case on source",
                "{\"source\":[{\"equals-ignore-case\":\"COM.ACME.ORDERS\"}]}",
                "{}",
                true));
        // wildcard
        t.add(envelope("wildcard in the middle", "{\"source\":[{\"wildcard\":\"com.*.orders\"}]}", "{}", true));
        t.add(envelope("wildcard, other ending", "{\"source\":[{\"wildcard\":\"com.*.billing\"}]}", "{}", false));
        t.add(detail(
                "wildcard spans slashes",
                "{\"detail\":{\"file\":[{\"wildcard\":\"dir/*.png\"}]}}",
                "{\"file\":\"dir/sub/a.png\"}",
                true));
        t.add(detail(
                "wildcard is case-sensitive",
                "{\"detail\":{\"file\":[{\"wildcard\":\"*.png\"}]}}",
                "{\"file\":\"a.PNG\"}",
                false));
        t.add(detail(
                "escaped star is a star",
                "{\"detail\":{\"file\":[{\"wildcard\":\"a\\\\*b\"}]}}",
                "{\"file\":\"a*b\"}",
                true));
        t.add(detail(
                "escaped star is not a wildcard",
                "{\"detail\":{\"file\":[{\"wildcard\":\"a\\\\*b\"}]}}",
                "{\"file\":\"axb\"}",
                false));
        // $or
        t.add(detail(
                "$or, second branch",
                "{\"$or\":[{\"source\":[\"x\"]},{\"detail\":{\"status\":[\"paid\"]}}]}",
                "{\"status\":\"paid\"}",
                true));
        t.add(detail(
                "$or, no branch",
                "{\"$or\":[{\"source\":[\"x\"]},{\"detail\":{\"status\":[\"paid\"]}}]}",
                "{\"status\":\"open\"}",
                false));
        t.add(detail(
                "$or beside a field, one branch",
                "{\"source\":[\"com.acme.orders\"],\"$or\":[{\"detail\":{\"price\":[{\"numeric\":[\">\",100]}]}},"
                        + "{\"detail\":{\"vip\":[true]}}]}",
                "{\"price\":50,\"vip\":true}",
                true));
        t.add(detail(
                "$or beside a field, no branch",
                "{\"source\":[\"com.acme.orders\"],\"$or\":[{\"detail\":{\"price\":[{\"numeric\":[\">\",100]}]}},"
                        + "{\"detail\":{\"vip\":[true]}}]}",
                "{\"price\":50,\"vip\":false}",
                false));
        // arrays in events
        t.add(detail(
                "array contains the value",
                "{\"detail\":{\"tags\":[\"red\"]}}",
                "{\"tags\":[\"blue\",\"red\"]}",
                true));
        t.add(detail(
                "array lacks the value",
                "{\"detail\":{\"tags\":[\"green\"]}}",
                "{\"tags\":[\"blue\",\"red\"]}",
                false));
        t.add(envelope(
                "resources contain the value",
                "{\"resources\":[\"arn:aws:s3:::b\"]}",
                "{\"resources\":[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\"]}",
                true));
        t.add(detail(
                "array of objects, one element matches",
                "{\"detail\":{\"items\":{\"sku\":[\"B\"]}}}",
                "{\"items\":[{\"sku\":\"A\"},{\"sku\":\"B\"}]}",
                true));
        t.add(detail(
                "numeric on an array",
                "{\"detail\":{\"scores\":[{\"numeric\":[\">\",90]}]}}",
                "{\"scores\":[50,95]}",
                true));
        t.add(detail(
                "prefix on an array",
                "{\"detail\":{\"tags\":[{\"prefix\":\"team-\"}]}}",
                "{\"tags\":[\"x\",\"team-a\"]}",
                true));
        t.add(detail("empty array matches no value", "{\"detail\":{\"tags\":[\"red\"]}}", "{\"tags\":[]}", false));
        t.add(detail(
                "anything-but on an array, another element",
                "{\"detail\":{\"tags\":[{\"anything-but\":\"red\"}]}}",
                "{\"tags\":[\"red\",\"blue\"]}",
                true));
        // null and empty values
        t.add(detail("null matches null", "{\"detail\":{\"coupon\":[null]}}", "{\"coupon\":null}", true));
        t.add(detail("null does not match an absent field", "{\"detail\":{\"coupon\":[null]}}", "{}", false));
        t.add(detail(
                "empty string matches empty string", "{\"detail\":{\"coupon\":[\"\"]}}", "{\"coupon\":\"\"}", true));
        t.add(detail(
                "empty string does not match null", "{\"detail\":{\"coupon\":[\"\"]}}", "{\"coupon\":null}", false));
        t.add(detail(
                "null does not match empty string", "{\"detail\":{\"coupon\":[null]}}", "{\"coupon\":\"\"}", false));
        t.add(detail("null or empty string", "{\"detail\":{\"coupon\":[null,\"\"]}}", "{\"coupon\":\"\"}", true));
        return t;
    }

    @Test
    void theCliAnswersEveryPairOfTheTableAsEventBridgeDoes() throws Exception {
        List<Case> table = table();
        assertThat(table).hasSizeGreaterThanOrEqualTo(80);
        AwsCli cli = new AwsCli(server.getURL(), work);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> verdicts = new ArrayList<>();
            for (Case c : table) {
                verdicts.add(pool.submit(() -> {
                    AwsCli.Result result = cli.run(
                            "events", "test-event-pattern", "--event-pattern", c.pattern(), "--event", c.event());
                    if (!result.ok()) {
                        return c.name() + ": the CLI failed: " + result.stderr();
                    }
                    boolean actual =
                            JSON.readTree(result.stdout()).path("Result").asBoolean(!c.expected());
                    return actual == c.expected() ? null : c.name() + ": expected " + c.expected() + ", got " + actual;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<String> verdict : verdicts) {
                String problem = verdict.get();
                if (problem != null) {
                    wrong.add(problem);
                }
            }
            assertThat(wrong).as("pairs answered unlike EventBridge").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInvalidPatternIsAnInvalidEventPatternExceptionSayingWhatAndWhere() {
        AwsCli cli = new AwsCli(server.getURL(), work);
        Map<String, String> invalid = Map.of(
                "{\"source\":\"com.acme.orders\"}", "\"source\" must be an object or an array",
                "{\"detail\":{\"price\":[{\"numeric\":[\">\",\"x\"]}]}}", "Value of > must be numeric",
                "{\"source\":[]}", "Empty arrays are not allowed",
                "{\"source\":[{\"suffx\":\".png\"}]}", "Unrecognized match type suffx",
                "{\"source\": [\"a\"", "line 1");
        invalid.forEach((pattern, reason) -> {
            AwsCli.Result result =
                    cli.run("events", "test-event-pattern", "--event-pattern", pattern, "--event", event("{}"));
            assertThat(result.ok()).as(pattern).isFalse();
            assertThat(result.stderr())
                    .as(pattern)
                    .contains("InvalidEventPatternException", "Event pattern is not valid", reason, "line 1, column");
        });
    }

    @Test
    void anEventWithoutTheRequiredFieldsIsRefusedAsEventBridgeRefusesIt() throws Exception {
        AwsCli cli = new AwsCli(server.getURL(), work);
        ObjectNode noId = (ObjectNode) JSON.readTree(BASE);
        noId.remove("id");
        noId.remove("time");
        AwsCli.Result missing = cli.run(
                "events",
                "test-event-pattern",
                "--event-pattern",
                "{\"source\":[\"x\"]}",
                "--event",
                JSON.writeValueAsString(noId));
        assertThat(missing.ok()).isFalse();
        assertThat(missing.stderr()).contains("ValidationException", "Parameter Event is not valid", "id, time");
        AwsCli.Result notJson = cli.run(
                "events", "test-event-pattern", "--event-pattern", "{\"source\":[\"x\"]}", "--event", "{\"id\":");
        assertThat(notJson.stderr()).contains("ValidationException", "Parameter Event is not valid");
        ObjectNode noResources = (ObjectNode) JSON.readTree(BASE);
        noResources.remove("resources");
        AwsCli.Result withoutResources = cli.run(
                "events",
                "test-event-pattern",
                "--event-pattern",
                "{\"source\":[\"com.acme.orders\"]}",
                "--event",
                JSON.writeValueAsString(noResources));
        assertThat(withoutResources.ok()).as(withoutResources.stderr()).isTrue();
        assertThat(JSON.readTree(withoutResources.stdout()).path("Result").asBoolean())
                .isTrue();
    }

    @Test
    void theSdkTestsPatternsAndReadsTheModelledError() {
        try (EventBridgeClient events = Clients.events(server.getURL())) {
            for (Case c : table().subList(0, 12)) {
                assertThat(events.testEventPattern(
                                        r -> r.eventPattern(c.pattern()).event(c.event()))
                                .result())
                        .as(c.name())
                        .isEqualTo(c.expected());
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.testEventPattern(
                            r -> r.eventPattern("{\"detail\":{\"n\":[{\"numeric\":[\"<>\",1]}]}}")
                                    .event(event("{}"))))
                    .isInstanceOf(InvalidEventPatternException.class)
                    .hasMessageContaining("Event pattern is not valid")
                    .extracting(e -> ((InvalidEventPatternException) e).statusCode())
                    .isEqualTo(400);
        }
    }
}
