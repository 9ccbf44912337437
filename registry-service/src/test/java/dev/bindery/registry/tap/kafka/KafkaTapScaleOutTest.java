package dev.bindery.registry.tap.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.support.KafkaBroker;
import dev.bindery.registry.support.PostgresServer;
import dev.bindery.registry.support.RegistryProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two registry processes on one PostgreSQL share a topic's six partitions in one consumer group; one
 * is killed with SIGKILL while the records flow and started again. Afterwards every record has been
 * learned exactly once: the discovery statistics count each kind's records exactly, nothing lost and
 * nothing counted twice, and every field is learned.
 */
class KafkaTapScaleOutTest {

    private static final String TOPIC = "scale-out";
    private static final int PARTITIONS = 6;
    private static final int RECORDS = 100_000;
    private static final List<String> TYPES = List.of("order.created", "order.paid", "order.shipped");

    @TempDir
    Path data;

    @Test
    void twoInstancesOneKilledMidwayCountEveryRecordExactlyOnce() throws Exception {
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic(TOPIC, PARTITIONS);
        Path clientConfig = data.resolve("client.properties");
        // Passed through to the consumer: a dead member's partitions move after 6 s, not 45 s.
        Files.writeString(clientConfig, "session.timeout.ms=6000\nheartbeat.interval.ms=1000\n");
        Map<String, String> properties = new HashMap<>(Map.of(
                "datasources.default.url", PostgresServer.newDatabase(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "bindery.kafka.bootstrap-servers", broker.bootstrapServers(),
                "bindery.kafka.topics", TOPIC,
                "bindery.kafka.group-id", "scale-out-test",
                "bindery.kafka.source", "com.shop",
                "bindery.kafka.detail-type", "/type",
                "bindery.kafka.client-config", clientConfig.toString()));
        Map<String, Long> expected = new HashMap<>();

        broker.send(records(0, RECORDS / 2, expected));
        Path dataA = Files.createDirectories(data.resolve("a"));
        Path dataB = Files.createDirectories(data.resolve("b"));
        int portA = RegistryProcess.freePort();
        RegistryProcess a = RegistryProcess.start(dataA, portA, with(properties, "a"));
        RegistryProcess b = RegistryProcess.start(dataB, RegistryProcess.freePort(), with(properties, "b"));
        try {
            awaitGroupStored(b, RECORDS / 5);
            a.kill(); // mid-way: its pending batch and anything it had read are gone with it
            broker.send(records(RECORDS / 2, RECORDS, expected));
            a = RegistryProcess.start(dataA, portA, with(properties, "a"));

            Map<Integer, Long> ends = TapChecks.endOffsets(broker, TOPIC, PARTITIONS);
            assertThat(ends.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(RECORDS);
            TapChecks.awaitStored(b.url(), TOPIC, ends);

            for (String type : TYPES) {
                String schema = "com.shop@" + type;
                assertThat(TapChecks.eventCount(b.url(), schema))
                        .as(schema + "\n" + a.logs() + b.logs())
                        .isEqualTo(expected.get(type));
                JsonNode statistics = TapChecks.get(
                        a.url(),
                        "/v1/registries/name/discovered-schemas/schemas/name/" + schema.replace("@", "%40")
                                + "/statistics");
                List<String> paths = new ArrayList<>();
                statistics.path("Fields").forEach(f -> paths.add(f.path("Path").asText()));
                assertThat(paths)
                        .anyMatch(p -> p.endsWith("orderId"))
                        .anyMatch(p -> p.endsWith("amount"))
                        .anyMatch(p -> p.endsWith("note"));
            }
        } finally {
            a.close();
            b.close();
        }
    }

    private static Map<String, String> with(Map<String, String> properties, String instance) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("bindery.discovery.instance-id", instance);
        return all;
    }

    /** Records {@code from} to {@code to}, round-robin over partitions and kinds; counts each kind. */
    private static List<ProducerRecord<byte[], byte[]>> records(int from, int to, Map<String, Long> expected) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String type = TYPES.get(i % TYPES.size());
            expected.merge(type, 1L, Long::sum);
            String note = i % 7 == 0 ? ",\"note\":\"n-" + i + "\"" : "";
            String value =
                    "{\"type\":\"" + type + "\",\"orderId\":\"o-" + i + "\",\"amount\":" + (i % 1000) + note + "}";
            records.add(new ProducerRecord<>(TOPIC, i % PARTITIONS, null, value.getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }

    /** Waits until the group stored at least {@code records} records' offsets (two minutes at most). */
    private static void awaitGroupStored(RegistryProcess registry, long records) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        long stored = 0;
        while (System.nanoTime() < deadline) {
            stored = 0;
            for (JsonNode partition : TapChecks.status(registry.url()).path("Partitions")) {
                stored += partition.path("StoredOffset").asLong();
            }
            if (stored >= records) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "the group stored only " + stored + " records' offsets within two minutes\n" + registry.logs());
    }
}
