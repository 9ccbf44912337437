package dev.bindery.registry.tap.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.support.KafkaBroker;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every record format the tap recognises is learned from a real broker, and bad records among good
 * ones are counted, kept with their offsets and reasons, and never stop the consumer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaTapFormatsTest implements TestPropertyProvider {

    private static final String TOPIC = "formats";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TapChecks.tapOnOneTopic(TOPIC, "formats-test");
        properties.put("bindery.kafka.detail-type", "/type");
        return properties;
    }

    private static ProducerRecord<byte[], byte[]> record(String value, String... headers) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPIC, value.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(new RecordHeader(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        return record;
    }

    /** The value's UTF-8 with its last {@code ?} replaced by 0xFF, a byte UTF-8 never has. */
    private static byte[] notUtf8(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        bytes[value.lastIndexOf('?')] = (byte) 0xFF;
        return bytes;
    }

    @Test
    void everyFormatIsLearnedAndBadRecordsAreCountedAndKept() throws Exception {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(List.of(
                // 0: an EventBridge envelope
                record("""
                        {"version":"0","id":"e-1","detail-type":"Order Placed","source":"com.shop","account":"1",
                         "time":"2026-01-01T00:00:00Z","region":"us-east-1","resources":[],
                         "detail":{"orderId":"o-1","total":3}}"""),
                // 1: a structured CloudEvent
                record("""
                        {"specversion":"1.0","id":"c-1","source":"com.tickets","type":"ticket.created",
                         "data":{"ticketId":"T-1"}}"""),
                // 2: a binary-mode CloudEvent (the Kafka protocol binding)
                record(
                        "{\"ticketId\":\"T-2\",\"priority\":\"low\"}",
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        "c-2",
                        "ce_source",
                        "com.tickets",
                        "ce_type",
                        "ticket.created",
                        "content-type",
                        "application/json"),
                // 3: a raw JSON object, detail-type at /type, source the topic's name
                record("{\"type\":\"user.signup\",\"userId\":\"u-1\"}"),
                // 4-7: bad records
                record("not json"),
                record("[1,2]"),
                record("{\"userId\":\"u-2\"}"),
                record("""
                        {"detail-type":"Order Placed","source":"com.shop","detail":[1]}"""),
                // 8-10: raw objects whose scan is clean but whose fold refuses them, read again in full
                record("{\"type\":\"user.signup\",\"userId\":\"u-4\",\"userId\":\"u-5\"}"),
                record("{\"type\":\"user.signup\",\"userId\":\"u-6\"} trailing"),
                record("{\"type\":\"user.signup\",\"verified\":tru}"),
                // 11: a raw object whose bytes are not UTF-8 (0xFF in a string)
                new ProducerRecord<>(TOPIC, notUtf8("{\"type\":\"user.signup\",\"name\":\"?\"}")),
                // 12: good again
                record("{\"type\":\"user.signup\",\"userId\":\"u-3\",\"plan\":\"pro\"}")));
        KafkaBroker broker = KafkaBroker.shared();
        broker.send(records);

        JsonNode status = TapChecks.awaitStored(server.getURL(), TOPIC, Map.of(0, 13L));

        assertThat(status.path("State").asText()).isEqualTo("RUNNING");
        JsonNode partition = status.path("Partitions").get(0);
        assertThat(partition.path("Consumed").asLong()).isEqualTo(13);
        assertThat(partition.path("Refused").asLong()).isEqualTo(8);
        assertThat(partition.path("EndOffset").asLong()).isEqualTo(13);
        assertThat(status.path("RefusedCount").asLong()).isEqualTo(8);
        List<Long> offsets = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        status.path("Refusals").forEach(r -> {
            offsets.add(r.path("Offset").asLong());
            reasons.add(r.path("Reason").asText());
        });
        assertThat(offsets).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(reasons.get(0)).contains("not JSON");
        assertThat(reasons.get(1)).contains("not an object");
        assertThat(reasons.get(2)).contains("/type");
        assertThat(reasons.get(3)).startsWith("MalformedDetail");
        assertThat(reasons.get(4)).startsWith("MalformedDetail").contains("userId");
        assertThat(reasons.get(5)).startsWith("MalformedDetail").contains("trailing");
        assertThat(reasons.get(6)).startsWith("MalformedDetail").contains("not JSON");
        assertThat(reasons.get(7)).startsWith("MalformedDetail").contains("UTF-8");

        assertThat(TapChecks.eventCount(server.getURL(), "com.shop@OrderPlaced"))
                .isEqualTo(1);
        assertThat(TapChecks.eventCount(server.getURL(), "com.tickets@ticket.created"))
                .isEqualTo(2);
        JsonNode signups = TapChecks.get(
                server.getURL(),
                "/v1/registries/name/discovered-schemas/schemas/name/formats%40user.signup/statistics");
        assertThat(signups.path("EventCount").asLong()).isEqualTo(2);
        List<String> paths = new ArrayList<>();
        signups.path("Fields").forEach(f -> paths.add(f.path("Path").asText()));
        assertThat(paths)
                .anyMatch(p -> p.contains("plan"))
                .anyMatch(p -> p.contains("userId"))
                .noneMatch(p -> p.contains("verified"));
    }
}
