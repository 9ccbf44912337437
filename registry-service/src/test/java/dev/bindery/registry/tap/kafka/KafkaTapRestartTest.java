package dev.bindery.registry.tap.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.KafkaBroker;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A restarted registry resumes from the offsets it stored (the records before them are not counted
 * again); a new consumer group starts at the beginning of the topic, or at its end with
 * {@code start=latest}.
 */
class KafkaTapRestartTest {

    private static final String TOPIC = "restart";
    private static final String SCHEMA = "com.restart@Tick";

    @Test
    void aRestartResumesFromStoredOffsetsAndANewGroupStartsAtTheBeginning() throws Exception {
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic(TOPIC, 2);
        Map<String, String> database = Databases.h2();
        broker.send(records(0, 10));

        try (EmbeddedServer server = start(database, "first", "earliest")) {
            TapChecks.awaitStored(server.getURL(), TOPIC, TapChecks.endOffsets(broker, TOPIC, 2));
            assertThat(TapChecks.eventCount(server.getURL(), SCHEMA)).isEqualTo(10);
        }
        broker.send(records(10, 15));
        try (EmbeddedServer server = start(database, "first", "earliest")) {
            TapChecks.awaitStored(server.getURL(), TOPIC, TapChecks.endOffsets(broker, TOPIC, 2));
            assertThat(TapChecks.eventCount(server.getURL(), SCHEMA))
                    .as("resumed, not read again")
                    .isEqualTo(15);
        }
        try (EmbeddedServer server = start(database, "second", "earliest")) {
            TapChecks.awaitStored(server.getURL(), TOPIC, TapChecks.endOffsets(broker, TOPIC, 2));
            assertThat(TapChecks.eventCount(server.getURL(), SCHEMA))
                    .as("a new group reads the whole topic")
                    .isEqualTo(30);
        }
        try (EmbeddedServer server = start(database, "third", "latest")) {
            awaitAssigned(server, 2);
            broker.send(records(15, 18));
            TapChecks.awaitStored(server.getURL(), TOPIC, TapChecks.endOffsets(broker, TOPIC, 2));
            assertThat(TapChecks.eventCount(server.getURL(), SCHEMA))
                    .as("a new group at latest reads what follows")
                    .isEqualTo(33);
        }
    }

    private static EmbeddedServer start(Map<String, String> database, String group, String start) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        properties.put("bindery.kafka.bootstrap-servers", KafkaBroker.shared().bootstrapServers());
        properties.put("bindery.kafka.topics", TOPIC);
        properties.put("bindery.kafka.group-id", group);
        properties.put("bindery.kafka.start", start);
        properties.put("bindery.kafka.source", "com.restart");
        properties.put("bindery.kafka.detail-type", "Tick");
        properties.put("bindery.kafka.commit-interval", "100ms");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static void awaitAssigned(EmbeddedServer server, int partitions) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        JsonNode status;
        do {
            status = TapChecks.status(server.getURL());
            int assigned = 0;
            for (JsonNode partition : status.path("Partitions")) {
                assigned += partition.path("Assigned").asBoolean() ? 1 : 0;
            }
            if (assigned == partitions) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("partitions were not assigned within a minute: " + status);
    }

    private static List<ProducerRecord<byte[], byte[]>> records(int from, int to) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            records.add(new ProducerRecord<>(
                    TOPIC, i % 2, null, ("{\"tick\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }
}
