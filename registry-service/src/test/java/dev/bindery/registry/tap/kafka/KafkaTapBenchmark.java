package dev.bindery.registry.tap.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import dev.bindery.registry.support.KafkaBroker;
import dev.bindery.registry.support.PostgresServer;
import dev.bindery.registry.support.RegistryProcess;
import dev.bindery.registry.support.TempDirs;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The Kafka tap's throughput (bench/kafka.sh): a topic of realistic JSON records (~400 bytes) over six partitions
 * on the test broker is read by a plain {@link KafkaConsumer} (the baseline: the rate at which the
 * bytes can be consumed at all), then by one registry process and by two in one group, both on one
 * embedded PostgreSQL, each run a fresh group. Rates are measured between 10% and 90% of the records
 * stored (start-up and the group's first rebalance excluded), at steady state on both sides: the plain
 * consumer reads the topic once in another group before three measured readings, of which the best is the
 * baseline, and the registries first read a warm-up topic (3,000,000 records by default, property
 * {@code bench.warm-up}): on two cores the registry's compiler works for about half a minute of load before
 * the tap reaches its steady rate. The warm-up's rate, a server just started, is printed too.
 */
public final class KafkaTapBenchmark {

    private static final String TOPIC = "bench";
    private static final int PARTITIONS = 6;
    private static final String[] KINDS = {"order.created", "order.paid", "order.shipped", "user.signup", "cart.updated"
    };

    private KafkaTapBenchmark() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int warmUp = Integer.getInteger("bench.warm-up", 3_000_000);
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic(TOPIC, PARTITIONS);
        long bytes = produce(broker, records);
        System.out.printf(
                "topic: %,d records, %,d bytes (%.0f bytes each), %d partitions%n",
                records, bytes, (double) bytes / records, PARTITIONS);

        System.out.printf("%n%-44s %12s %8s%n", "reader", "records/s", "ratio");
        double plainCold = plainConsumer(broker, records, "bench-plain-warm-up");
        double plain = 0;
        for (int reading = 1; reading <= 3; reading++) {
            plain = Math.max(plain, plainConsumer(broker, records, "bench-plain-" + reading));
        }
        System.out.printf("%-44s %,12.0f %8s%n", "plain KafkaConsumer, best of 3 (baseline)", plain, "1.00");
        System.out.printf("%-44s %,12.0f %8.2f%n", "  its first reading (warm-up)", plainCold, plainCold / plain);
        double engine = engineAlone(records);
        System.out.printf(
                "%-44s %,12.0f %8.2f%n", "inference engine alone, one thread (ceiling)", engine, engine / plain);
        double[] one = tap(broker, records, warmUp, 1);
        System.out.printf("%-44s %,12.0f %8.2f%n", "tap, one instance (PostgreSQL)", one[1], one[1] / plain);
        System.out.printf("%-44s %,12.0f %8.2f%n", "  its warm-up topic (just started)", one[0], one[0] / plain);
        if (args.length < 2 || !args[1].equals("one")) {
            double[] two = tap(broker, records, warmUp, 2);
            System.out.printf("%-44s %,12.0f %8.2f%n", "tap, two instances (PostgreSQL)", two[1], two[1] / plain);
            System.out.printf("%-44s %,12.0f %8.2f%n", "  their warm-up topic (just started)", two[0], two[0] / plain);
        }
        System.exit(0);
    }

    private static long produce(KafkaBroker broker, int records) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = broker.producer()) {
            return send(producer, TOPIC, records);
        }
    }

    /** Sends the records to the topic's partitions round-robin and waits for each; returns their bytes. */
    private static long send(KafkaProducer<byte[], byte[]> producer, String topic, int records) throws Exception {
        long bytes = 0;
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            byte[] value = value(i);
            bytes += value.length;
            sent.add(producer.send(new ProducerRecord<>(topic, i % PARTITIONS, null, value)));
            if (sent.size() == 10_000) {
                for (var one : sent) {
                    one.get(60, TimeUnit.SECONDS);
                }
                sent.clear();
            }
        }
        for (var one : sent) {
            one.get(60, TimeUnit.SECONDS);
        }
        return bytes;
    }

    /** A raw JSON record of about 400 bytes: nested objects, arrays, optional members, formats. */
    private static byte[] value(int i) {
        String kind = KINDS[i % KINDS.length];
        String optional =
                i % 3 == 0 ? ",\"coupon\":{\"code\":\"SAVE" + (i % 50) + "\",\"percent\":" + (i % 30) + "}" : "";
        return ("{\"type\":\"" + kind + "\",\"id\":\""
                        + java.util.UUID.nameUUIDFromBytes(Integer.toString(i).getBytes())
                        + "\",\"occurredAt\":\"2026-01-0" + (1 + i % 9) + "T10:00:00Z\",\"customer\":{\"id\":\"c-"
                        + (i % 997)
                        + "\",\"email\":\"user" + (i % 997) + "@example.com\",\"tier\":\""
                        + (i % 2 == 0 ? "gold" : "silver")
                        + "\",\"address\":{\"street\":\"" + i + " Main Street\",\"city\":\"Springfield\",\"zip\":\""
                        + (10000 + i % 9000)
                        + "\"}},\"items\":[{\"sku\":\"SKU-" + (i % 100) + "\",\"qty\":" + (1 + i % 5) + ",\"price\":"
                        + (i % 100) + ".95},"
                        + "{\"sku\":\"SKU-" + (i % 37) + "\",\"qty\":1,\"price\":4.5}],\"total\":" + (i % 1000)
                        + ".5,\"currency\":\"EUR\""
                        + ",\"channel\":\"web\",\"tags\":[\"a\",\"b\"]" + optional + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Records per second of the inference engine folding the same values in this JVM, one accumulator per
     * kind, best of five rounds after one: what the tap's one thread per instance can at most reach, since
     * it folds every record.
     */
    private static double engineAlone(int records) {
        List<byte[]> values = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            values.add(value(i));
        }
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        double best = 0;
        for (int round = 0; round < 6; round++) {
            Map<String, ShapeAccumulator> accumulators = new HashMap<>();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                accumulators
                        .computeIfAbsent(
                                KINDS[i % KINDS.length], kind -> ShapeAccumulator.forEnvelope("com.bench", kind))
                        .add(values.get(i), time);
            }
            double rate = records / ((System.nanoTime() - start) / 1e9);
            best = round == 0 ? best : Math.max(best, rate);
        }
        return best;
    }

    /** Records per second of a plain consumer of a new group reading the whole topic, between 10% and 90%. */
    private static double plainConsumer(KafkaBroker broker, int records, String group) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        group,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        2000),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Window window = new Window(records);
            long read = 0;
            long sink = 0;
            while (read < records) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    sink += record.value().length; // touches every record, as any reader must
                    read++;
                }
                window.observe(read);
            }
            if (sink == 0) {
                throw new IllegalStateException("no bytes read");
            }
            return window.rate();
        }
    }

    /**
     * Records per second of {@code instances} registry processes in one fresh group, between 10% and 90%: of
     * a warm-up topic of {@code warmUpRecords}, read first, and of the run's topic. The run's topic is filled in one Kafka transaction
     * that commits only once the instances have read the whole warm-up topic (the tap reads committed records
     * only, set through its client properties file), so the instances' start-up, the group's forming and the
     * compiler's first work are outside the measure, and all instances take part.
     */
    private static double[] tap(KafkaBroker broker, int records, int warmUpRecords, int instances) throws Exception {
        String topic = TOPIC + "-" + instances;
        String warmUp = TOPIC + "-warm-up-" + instances;
        broker.createTopic(topic, PARTITIONS);
        broker.createTopic(warmUp, PARTITIONS);
        try (KafkaProducer<byte[], byte[]> plain = broker.producer()) {
            send(plain, warmUp, warmUpRecords);
        }
        String database = PostgresServer.newDatabase();
        List<RegistryProcess> registries = new ArrayList<>();
        Path clientConfig = Files.createTempFile("bindery-bench", ".properties");
        clientConfig.toFile().deleteOnExit();
        Files.writeString(
                clientConfig,
                "isolation.level=read_committed\nsession.timeout.ms=6000\n" + "heartbeat.interval.ms=1000\n");
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        org.apache.kafka.clients.producer.ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "bench-" + instances,
                        org.apache.kafka.clients.producer.ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                        600_000,
                        org.apache.kafka.clients.producer.ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
        producer.initTransactions();
        producer.beginTransaction();
        send(producer, topic, records);
        CompletableFuture<Double> warm = null;
        try {
            for (int i = 0; i < instances; i++) {
                Path data = TempDirs.create("bindery-bench");
                registries.add(RegistryProcess.start(
                        data,
                        RegistryProcess.freePort(),
                        Map.ofEntries(
                                Map.entry("datasources.default.url", database),
                                Map.entry("datasources.default.username", "postgres"),
                                Map.entry("datasources.default.password", "postgres"),
                                Map.entry("bindery.discovery.instance-id", "bench-" + i),
                                Map.entry("bindery.kafka.bootstrap-servers", broker.bootstrapServers()),
                                Map.entry("bindery.kafka.topics", warmUp + "," + topic),
                                Map.entry("bindery.kafka.client-config", clientConfig.toString()),
                                Map.entry("bindery.kafka.group-id", "bench-tap-" + instances),
                                Map.entry("bindery.kafka.source", "com.bench"),
                                Map.entry("bindery.kafka.detail-type", "/type"),
                                Map.entry("logger.levels.org.apache.kafka", "WARN"))));
                if (i == 0) { // the first instance starts on the warm-up topic while the others start
                    URL first = registries.get(0).url();
                    warm = CompletableFuture.supplyAsync(() -> {
                        try {
                            return rate(first, warmUp, warmUpRecords);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
            awaitAssigned(registries);
            double warmRate = warm.get(10, TimeUnit.MINUTES);
            producer.commitTransaction();
            return new double[] {warmRate, rate(registries.get(0).url(), topic, records)};
        } finally {
            producer.close();
            for (RegistryProcess registry : registries) {
                registry.close();
            }
        }
    }

    /** Records per second stored of the topic, between 10% and 90% of its records, as the group's status shows. */
    private static double rate(URL status, String topic, int records) throws Exception {
        Window window = new Window(records);
        long stored = 0;
        while (stored < records) {
            stored = 0;
            for (JsonNode partition : TapChecks.status(status).path("Partitions")) {
                if (partition.path("Topic").asText().equals(topic)) {
                    stored += partition.path("StoredOffset").asLong();
                }
            }
            window.observe(stored);
            Thread.sleep(20);
        }
        return window.rate();
    }

    /** Waits until the instances together read every partition of both topics. */
    private static void awaitAssigned(List<RegistryProcess> registries) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            int assigned = 0;
            for (RegistryProcess registry : registries) {
                for (JsonNode partition : TapChecks.status(registry.url()).path("Partitions")) {
                    assigned += partition.path("Assigned").asBoolean() ? 1 : 0;
                }
            }
            if (assigned == 2 * PARTITIONS) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the instances were not assigned every partition within two minutes");
    }

    /** The rate between the first observations at or past 10% and 90% of the records. */
    private static final class Window {
        private final long low;
        private final long high;
        private long lowCount = -1;
        private long lowNanos;
        private long highCount = -1;
        private long highNanos;

        Window(long records) {
            this.low = records / 10;
            this.high = records * 9 / 10;
        }

        void observe(long count) {
            long now = System.nanoTime();
            if (lowCount < 0 && count >= low) {
                lowCount = count;
                lowNanos = now;
            }
            if (highCount < 0 && count >= high) {
                highCount = count;
                highNanos = now;
            }
        }

        double rate() {
            return (highCount - lowCount) / ((highNanos - lowNanos) / 1e9);
        }
    }
}
