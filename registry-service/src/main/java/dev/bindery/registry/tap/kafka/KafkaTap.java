package dev.bindery.registry.tap.kafka;

import dev.bindery.registry.config.KafkaTapSettings;
import dev.bindery.registry.discovery.LogDiscovery;
import dev.bindery.registry.ingest.EntryRules;
import dev.bindery.registry.ingest.LogRecords;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka tap of this instance: started with the application when
 * {@code bindery.kafka.bootstrap-servers} is set, stopped (its pending batch stored) on shutdown.
 * Settings are checked at start: a tap configured wrongly stops the application with a message
 * naming the setting.
 */
@Singleton
public class KafkaTap {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaTap.class);
    /** Polled partitions' records that may wait for a fold worker: a few polls' worth, so memory stays bounded. */
    private static final int FOLD_QUEUE = 16;

    private final KafkaTapSettings settings;
    private final EntryRules rules;
    private final LogDiscovery discovery;
    private final KafkaOffsets offsets;
    private final TapStatus status = new TapStatus();
    private TapLoop loop;
    private Thread thread;

    KafkaTap(KafkaTapSettings settings, EntryRules rules, LogDiscovery discovery, KafkaOffsets offsets) {
        this.settings = settings;
        this.rules = rules;
        this.discovery = discovery;
        this.offsets = offsets;
    }

    /** A partition as reported: {@code assigned} says whether this instance reads it now. */
    public record Partition(
            String topic,
            int partition,
            boolean assigned,
            @Nullable Long storedOffset,
            @Nullable Long endOffset,
            @Nullable Long lag,
            long consumed,
            long refused) {}

    /** A refused record: where it is and why. */
    public record Refusal(String topic, int partition, long offset, String reason) {}

    /**
     * What the tap did: per partition (those this instance reads, and every other partition its group
     * stored an offset of), the records this instance consumed and refused since it started, and the
     * first refusals.
     */
    public record Report(
            String groupId,
            String topics,
            String eventBus,
            List<Partition> partitions,
            long refused,
            List<Refusal> refusals) {}

    @EventListener
    synchronized void onStartup(StartupEvent event) {
        if (!settings.enabled() || thread != null) {
            return;
        }
        if (settings.topics() == null || settings.topics().isBlank()) {
            throw new IllegalStateException("bindery.kafka.topics (BINDERY_KAFKA_TOPICS) must name the topics to read: "
                    + "a comma-separated list or a regular expression between slashes");
        }
        if (!settings.start().equals("earliest") && !settings.start().equals("latest")) {
            throw new IllegalStateException(
                    "bindery.kafka.start (BINDERY_KAFKA_START) must be earliest or latest, not '" + settings.start()
                            + "'");
        }
        if (settings.foldThreads() < 0) {
            throw new IllegalStateException(
                    "bindery.kafka.fold-threads (BINDERY_KAFKA_FOLD_THREADS) must be 0 (one per "
                            + "core) or more, not " + settings.foldThreads());
        }
        LogRecords records;
        try {
            records = new LogRecords(settings.source(), settings.detailType(), settings.eventBus());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "bindery.kafka.detail-type (BINDERY_KAFKA_DETAIL_TYPE) is not valid: " + e.getMessage(), e);
        }
        KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        loop = new TapLoop(
                consumer,
                settings.groupId(),
                settings.topics().trim(),
                settings.start().equals("earliest"),
                new FoldWorkers(new RecordFold(records, rules, discovery), settings.foldThreadCount(), FOLD_QUEUE),
                discovery,
                offsets,
                status,
                settings.commitInterval(),
                settings.commitRecords());
        thread = new Thread(loop, "bindery-kafka-tap");
        thread.setDaemon(true);
        thread.start();
        LOG.info(
                "Kafka tap started: group {}, topics {}, bus {}",
                settings.groupId(),
                settings.topics(),
                settings.eventBus());
    }

    @EventListener
    synchronized void onShutdown(ShutdownEvent event) {
        if (thread == null) {
            return;
        }
        loop.stop();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /** The tap's report, or empty when the tap is off. */
    public Optional<Report> report() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        List<Partition> partitions = new ArrayList<>();
        List<TapStatus.Partition> own = status.partitions();
        Map<TopicPartition, Long> group = offsets.all(settings.groupId());
        for (TapStatus.Partition p : own) {
            // A partition read elsewhere now: its stored offset is the group's, its end offset unknown here.
            Long groupStored = group.remove(new TopicPartition(p.topic(), p.partition()));
            Long stored = p.assigned() || groupStored == null ? p.storedOffset() : groupStored;
            Long end = p.assigned() ? p.endOffset() : null;
            Long lag = end == null ? null : Math.max(0, end - (stored == null ? 0 : stored));
            partitions.add(
                    new Partition(p.topic(), p.partition(), p.assigned(), stored, end, lag, p.consumed(), p.refused()));
        }
        group.forEach((tp, stored) ->
                partitions.add(new Partition(tp.topic(), tp.partition(), false, stored, null, null, 0, 0)));
        partitions.sort((a, b) -> KafkaOffsets.compare(
                new TopicPartition(a.topic(), a.partition()), new TopicPartition(b.topic(), b.partition())));
        return Optional.of(new Report(
                settings.groupId(),
                settings.topics(),
                settings.eventBus(),
                partitions,
                status.refusedTotal(),
                status.keptRefusals()));
    }

    /** The client configuration file's properties, then the tap's own, which no file may change. */
    private Properties consumerProperties() {
        Properties properties = new Properties();
        if (settings.clientConfig() != null && !settings.clientConfig().isBlank()) {
            try (Reader in = Files.newBufferedReader(Path.of(settings.clientConfig()))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "bindery.kafka.client-config (BINDERY_KAFKA_CLIENT_CONFIG) could not be " + "read: "
                                + settings.clientConfig(),
                        e);
            }
        }
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, settings.start());
        properties.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return properties;
    }
}
