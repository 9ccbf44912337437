package dev.bindery.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A real Kafka broker in KRaft mode (one process, broker and controller combined) started once per
 * test JVM as a child process from the Apache Kafka artifacts on the test class path: no Docker, no
 * mock. Its log directory is formatted by {@link KafkaBrokerMain} before the broker starts; the
 * process is stopped when the test JVM exits.
 */
public final class KafkaBroker {

    private static KafkaBroker running;

    private final Process process;
    private final String bootstrapServers;
    private final Path directory;

    private KafkaBroker(Process process, String bootstrapServers, Path directory) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.directory = directory;
    }

    /** The broker of this test JVM, started on first use. */
    public static synchronized KafkaBroker shared() {
        if (running == null) {
            try {
                running = start();
            } catch (IOException e) {
                throw new UncheckedIOException("the Kafka broker did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the Kafka broker", e);
            }
            KafkaBroker broker = running;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
        }
        return running;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    private static KafkaBroker start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("bindery-kafka");
        int port = RegistryProcess.freePort();
        int controllerPort = RegistryProcess.freePort();
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", directory.resolve("logs").toString()),
                Map.entry("num.partitions", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "3"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false")));
        Path properties = directory.resolve("server.properties");
        try (var out = Files.newBufferedWriter(properties)) {
            config.store(out, "test broker");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                KafkaBrokerMain.class.getName(),
                properties.toString(),
                Uuid.randomUuid().toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("broker.log").toFile())
                .start();
        KafkaBroker broker = new KafkaBroker(process, "127.0.0.1:" + port, directory);
        broker.awaitReady();
        return broker;
    }

    /** Waits until the broker answers an admin request (a minute at most). */
    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Admin admin = admin()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IOException("the Kafka broker exited; its log:\n" + log());
                }
                try {
                    if (!admin.describeCluster()
                            .nodes()
                            .get(2, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                    Thread.sleep(200);
                }
                if (System.nanoTime() > deadline) {
                    stop();
                    throw new IOException("the Kafka broker did not start within 60 s; its log:\n" + log());
                }
            }
        }
    }

    /** An admin client of this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000));
    }

    /**
     * Creates a topic with {@code partitions} partitions and waits until each has a leader: an idempotent
     * producer writing to a partition whose leader is still being elected can be refused with
     * OUT_OF_ORDER_SEQUENCE_NUMBER until it times out.
     */
    public void createTopic(String name, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!admin
                    .describeTopics(List.of(name))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(name)
                    .partitions()
                    .stream()
                    .allMatch(partition ->
                            partition.leader() != null && !partition.leader().isEmpty())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + name + " has partitions without a leader after 30 s");
                }
                Thread.sleep(100);
            }
            // The metadata names a leader before the broker leads the partition: a write in between can be
            // answered NOT_LEADER_OR_FOLLOWER although it was appended, and an idempotent producer's retry is
            // then refused as out of order for good. A listing of offsets is answered only by the leader
            // itself (the admin client retries until it is).
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (int partition = 0; partition < partitions; partition++) {
                ends.put(new TopicPartition(name, partition), OffsetSpec.latest());
            }
            admin.listOffsets(ends).all().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("topic " + name + " was not created", e);
        }
    }

    /** A producer of raw bytes that waits for every write to be acknowledged; the caller closes it. */
    public KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /** Sends the records and waits until each is written. */
    public void send(List<ProducerRecord<byte[], byte[]>> records) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (ProducerRecord<byte[], byte[]> record : records) {
                sent.add(producer.send(record));
            }
            for (java.util.concurrent.Future<?> one : sent) {
                one.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("records were not sent", e);
        }
    }

    /** The broker's log so far, for failure messages. */
    public String log() {
        try {
            return Files.readString(directory.resolve("broker.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the broker and deletes its logs: a benchmark's topics take gigabytes. */
    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        TempDirs.delete(directory);
    }
}
