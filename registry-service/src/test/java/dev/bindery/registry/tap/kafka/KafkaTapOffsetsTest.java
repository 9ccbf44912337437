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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * The offsets the tap stores: past transaction markers, so a partition read to its end has no lag;
 * and, for a new group starting at the end, the start itself, so a restart before the first record
 * does not skip what arrived meanwhile.
 */
class KafkaTapOffsetsTest {

    @Test
    void aPartitionReadToItsEndHasNoLagWhenATransactionalProducerWroteIt() throws Exception {
        String topic = "transactional";
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic(topic, 2);
        try (KafkaProducer<byte[], byte[]> producer = transactionalProducer(broker)) {
            producer.initTransactions();
            for (int transaction = 0; transaction < 3; transaction++) { // read in one poll with their markers
                producer.beginTransaction();
                records(topic, transaction * 4, transaction * 4 + 4).forEach(producer::send);
                producer.commitTransaction();
            }
            try (EmbeddedServer server = start(Databases.h2(), topic, "transactional", "earliest")) {
                TapChecks.awaitStored(server.getURL(), topic, TapChecks.endOffsets(broker, topic, 2));

                // Records read before their transaction commits: the marker comes after they were stored.
                producer.beginTransaction();
                records(topic, 12, 16).forEach(producer::send);
                producer.flush();
                TapChecks.awaitStored(server.getURL(), topic, TapChecks.endOffsets(broker, topic, 2));
                producer.commitTransaction();
                Map<Integer, Long> ends = TapChecks.endOffsets(broker, topic, 2);
                assertThat(ends.values())
                        .as("each partition ends with four markers after its eight records")
                        .containsOnly(12L);
                JsonNode status = TapChecks.awaitStored(server.getURL(), topic, ends);

                for (JsonNode partition : status.path("Partitions")) {
                    assertThat(partition.path("Lag").asLong(-1))
                            .as("lag of %s", partition)
                            .isZero();
                    assertThat(partition.path("Consumed").asLong())
                            .as("consumed of %s", partition)
                            .isEqualTo(8);
                }
                assertThat(TapChecks.eventCount(server.getURL(), "com.offsets@Tick"))
                        .isEqualTo(16);
            }
        }
    }

    @Test
    void aNewGroupAtLatestRestartedBeforeAnyRecordArrivedReadsWhatArrivedMeanwhile() throws Exception {
        String topic = "latest-restart";
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic(topic, 2);
        broker.send(records(topic, 0, 4)); // before the group: not read
        Map<String, String> database = Databases.h2();

        try (EmbeddedServer server = start(database, topic, "late", "latest")) {
            JsonNode status = TapChecks.awaitStored(server.getURL(), topic, Map.of(0, 2L, 1, 2L));
            assertThat(status.path("Partitions").findValues("Consumed")).allMatch(consumed -> consumed.asLong() == 0);
        }
        broker.send(records(topic, 4, 10)); // while no member runs
        try (EmbeddedServer server = start(database, topic, "late", "latest")) {
            TapChecks.awaitStored(server.getURL(), topic, Map.of(0, 5L, 1, 5L));
            assertThat(TapChecks.eventCount(server.getURL(), "com.offsets@Tick"))
                    .as("what arrived meanwhile, once")
                    .isEqualTo(6);
        }
    }

    private static KafkaProducer<byte[], byte[]> transactionalProducer(KafkaBroker broker) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "bindery-offsets-test",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    static EmbeddedServer start(Map<String, String> database, String topic, String group, String start) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", -1);
        properties.put("bindery.kafka.bootstrap-servers", KafkaBroker.shared().bootstrapServers());
        properties.put("bindery.kafka.topics", topic);
        properties.put("bindery.kafka.group-id", group);
        properties.put("bindery.kafka.start", start);
        properties.put("bindery.kafka.source", "com.offsets");
        properties.put("bindery.kafka.detail-type", "Tick");
        properties.put("bindery.kafka.commit-interval", "100ms");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    static List<ProducerRecord<byte[], byte[]>> records(String topic, int from, int to) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = from; i < to; i++) {
            records.add(new ProducerRecord<>(
                    topic, i % 2, null, ("{\"tick\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }
}
