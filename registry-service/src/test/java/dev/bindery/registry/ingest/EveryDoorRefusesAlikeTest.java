package dev.bindery.registry.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same event sent through PutEvents, CloudEvents (structured mode) and NDJSON meets the same rules:
 * accepted on all three, or refused on all three with the same code and reason (#12 item 17). Each
 * door only translates its wire format; the checks are one implementation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryDoorRefusesAlikeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> database = Databases.h2();
    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedServer server;

    /**
     * One event, its members as JSON text (a string literal may spell escapes such as a lone surrogate),
     * {@code null} where absent; {@code code} {@code null} when every door must accept it.
     */
    record Case(
            String name,
            String source,
            String detailType,
            String detail,
            String time,
            String bus,
            String code,
            String reason,
            boolean sameMessage) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case refused(
            String name,
            String source,
            String detailType,
            String detail,
            String time,
            String bus,
            String code,
            String reason) {
        return new Case(name, source, detailType, detail, time, bus, code, reason, true);
    }

    static Stream<Case> cases() {
        String deep = "{\"a\":".repeat(1500) + "1" + "}".repeat(1500);
        return Stream.of(
                new Case("a plain event", "\"com.doors\"", "\"Plain\"", "{\"a\":1}", null, null, null, null, true),
                new Case(
                        "a detail nested 1500 levels", "\"com.doors\"", "\"Deep\"", deep, null, null, null, null, true),
                refused(
                        "a Source of 257 characters",
                        "\"" + "s".repeat(257) + "\"",
                        "\"T\"",
                        "{}",
                        null,
                        null,
                        "InvalidArgument",
                        "Parameter Source is not valid. Reason: it is 257 characters long"),
                refused(
                        "a DetailType of 129 characters",
                        "\"com.doors\"",
                        "\"" + "t".repeat(129) + "\"",
                        "{}",
                        null,
                        null,
                        "InvalidArgument",
                        "Parameter DetailType is not valid. Reason: it is 129 characters long"),
                refused(
                        "a time after 9999",
                        "\"com.doors\"",
                        "\"T\"",
                        "{}",
                        "\"+10000-01-01T00:00:00Z\"",
                        null,
                        "InvalidArgument",
                        "Parameter Time is not valid. Reason: '+10000-01-01T00:00:00Z' is outside"),
                refused(
                        "a time before 1970",
                        "\"com.doors\"",
                        "\"T\"",
                        "{}",
                        "\"1969-12-31T23:59:59Z\"",
                        null,
                        "InvalidArgument",
                        "Parameter Time is not valid. Reason: '1969-12-31T23:59:59Z' is outside"),
                refused(
                        "a time that is no date-time",
                        "\"com.doors\"",
                        "\"T\"",
                        "{}",
                        "\"yesterday\"",
                        null,
                        "InvalidArgument",
                        "Parameter Time is not valid. Reason: it must be epoch seconds or an RFC 3339"),
                refused(
                        "a lone surrogate in the Source",
                        "\"com.doors\\udc00\"",
                        "\"T\"",
                        "{}",
                        null,
                        null,
                        "InvalidArgument",
                        "Parameter Source is not valid. Reason: it holds an unpaired surrogate \\uDC00"),
                refused(
                        "a lone surrogate in the detail",
                        "\"com.doors\"",
                        "\"T\"",
                        "{\"a\":\"x\\ud800\"}",
                        null,
                        null,
                        "MalformedDetail",
                        "Parameter Detail is not valid. Reason: it holds an unpaired surrogate \\uD800"),
                refused(
                        "a detail that is an array",
                        "\"com.doors\"",
                        "\"T\"",
                        "[1]",
                        null,
                        null,
                        "MalformedDetail",
                        "Detail is not a JSON object."),
                refused(
                        "no detail",
                        "\"com.doors\"",
                        "\"T\"",
                        null,
                        null,
                        null,
                        "InvalidArgument",
                        "Parameter Detail is not valid. Reason: Detail is a required argument."),
                new Case(
                        "a detail with text beyond ASCII",
                        "\"com.doors\"",
                        "\"Unicode\"",
                        "{\"name\":\"Zo\u00eb \ud83c\udf89\"}",
                        null,
                        null,
                        null,
                        null,
                        true),
                // the same size on every door: each hands on the detail's bytes as sent
                refused(
                        "an entry over 256 KB",
                        "\"com.doors\"",
                        "\"T\"",
                        "{\"a\":\"\u00e9\ud83c\udf89" + "x".repeat(262_144) + "\"}",
                        null,
                        null,
                        "InvalidArgument",
                        "Entry is 262182 bytes; the limit is 262144 bytes."),
                refused(
                        "a bus name with a space",
                        "\"com.doors\"",
                        "\"T\"",
                        "{}",
                        null,
                        "no bus",
                        "InvalidArgument",
                        "Parameter EventBusName is not valid. Reason: 'no bus' is not"),
                // CloudEvents' reader refuses the repeated key itself and names the attribute 'data'
                new Case(
                        "a key repeated in the detail",
                        "\"com.doors\"",
                        "\"T\"",
                        "{\"a\":1,\"a\":2}",
                        null,
                        null,
                        "MalformedDetail",
                        "Duplicate field 'a'",
                        false),
                // no fold reads a detail on a bus without a discoverer: the quick way's check falls to the rules
                new Case(
                        "a key repeated in the detail, on a bus not discovered",
                        "\"com.doors\"",
                        "\"T\"",
                        "{\"a\":1,\"a\":2}",
                        null,
                        "undiscovered",
                        "MalformedDetail",
                        "Duplicate field 'a'",
                        false));
    }

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.<String, Object>of(
                        "micronaut.server.port", -1, "bindery.data-dir", database.get("bindery.data-dir")));
    }

    @AfterAll
    void stop() {
        server.getApplicationContext().close();
    }

    /** What a door answered for the event: an event id, or an error code and message. */
    record Outcome(String door, String eventId, String code, String message) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyDoorAnswersTheSameEventAlike(Case c) throws Exception {
        List<Outcome> outcomes = List.of(putEvents(c), cloudEvent(c), ndjson(c));
        for (Outcome outcome : outcomes) {
            if (c.code() == null) {
                assertThat(outcome.eventId())
                        .as("%s: %s", outcome.door(), outcome)
                        .isNotBlank();
            } else {
                assertThat(outcome.code()).as("%s: %s", outcome.door(), outcome).isEqualTo(c.code());
                assertThat(outcome.message()).as(outcome.door()).contains(c.reason());
            }
        }
        if (c.code() != null && c.sameMessage()) {
            assertThat(outcomes)
                    .extracting(Outcome::message)
                    .as("one rule, one message")
                    .containsOnly(outcomes.get(0).message());
        }
    }

    private Outcome putEvents(Case c) throws Exception {
        List<String> members = new ArrayList<>();
        members.add("\"Source\":" + c.source());
        members.add("\"DetailType\":" + c.detailType());
        if (c.detail() != null) {
            members.add(
                    "\"Detail\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(c.detail())) + "\"");
        }
        if (c.time() != null) {
            members.add("\"Time\":" + c.time());
        }
        if (c.bus() != null) {
            members.add("\"EventBusName\":\"" + c.bus() + "\"");
        }
        JsonNode body = post(
                "/",
                "{\"Entries\":[{" + String.join(",", members) + "}]}",
                "X-Amz-Target",
                "AWSEvents.PutEvents",
                "Content-Type",
                "application/x-amz-json-1.1");
        return entry("PutEvents", body.path("Entries").get(0));
    }

    private Outcome cloudEvent(Case c) throws Exception {
        List<String> members = new ArrayList<>(List.of(
                "\"specversion\":\"1.0\"", "\"id\":\"1\"", "\"source\":" + c.source(), "\"type\":" + c.detailType()));
        if (c.detail() != null) {
            members.add("\"data\":" + c.detail());
        }
        if (c.time() != null) {
            members.add("\"time\":" + c.time());
        }
        JsonNode body = post(
                "/v1/cloudevents" + busQuery(c),
                "{" + String.join(",", members) + "}",
                "Content-Type",
                "application/cloudevents+json");
        return entry("CloudEvents", body.path("Entries").get(0));
    }

    private Outcome ndjson(Case c) throws Exception {
        List<String> members =
                new ArrayList<>(List.of("\"source\":" + c.source(), "\"detail-type\":" + c.detailType()));
        if (c.detail() != null) {
            members.add("\"detail\":" + c.detail());
        }
        if (c.time() != null) {
            members.add("\"time\":" + c.time());
        }
        JsonNode summary = post(
                "/v1/events/ndjson" + busQuery(c),
                "{" + String.join(",", members) + "}\n",
                "Content-Type",
                "application/x-ndjson");
        assertThat(summary.path("LineCount").asLong()).isEqualTo(1);
        if (summary.path("AcceptedCount").asLong() == 1) {
            return new Outcome("NDJSON", "line 1", null, null);
        }
        JsonNode failure = summary.path("Failures").get(0);
        return new Outcome(
                "NDJSON",
                null,
                failure.path("ErrorCode").asText(),
                failure.path("ErrorMessage").asText());
    }

    private static String busQuery(Case c) {
        return c.bus() == null ? "" : "?eventBusName=" + URLEncoder.encode(c.bus(), StandardCharsets.UTF_8);
    }

    private static Outcome entry(String door, JsonNode entry) {
        return new Outcome(
                door,
                entry.path("EventId").asText(null),
                entry.path("ErrorCode").asText(null),
                entry.path("ErrorMessage").asText(null));
    }

    private JsonNode post(String path, String body, String... headers) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .headers(headers)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
