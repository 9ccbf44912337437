package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The Kafka tap: a consumer group that learns from topics (README, "Kafka"; ADR 0021). The tap is off
 * while {@code bootstrapServers} is unset or blank.
 *
 * @param bootstrapServers the brokers ({@code BINDERY_KAFKA_BOOTSTRAP_SERVERS})
 * @param topics           a comma-separated list of topics, or a regular expression between slashes
 * @param groupId          the consumer group (bindery); offsets are stored per group
 * @param eventBus         the bus the events count for (default)
 * @param start            where a partition without a stored offset starts: earliest or latest
 * @param source           the source of raw records; blank for the topic's name
 * @param detailType       the detail-type of raw records: a JSON pointer ({@code /type}),
 *                         {@code header:<name>} or a fixed string; blank for the topic's name
 * @param clientConfig     a Kafka client properties file passed to the consumer (security: SASL, TLS)
 * @param commitInterval   how long a batch is folded in memory before it is stored (1s)
 * @param commitRecords    how many records a batch holds at most before it is stored (20000)
 * @param foldThreads      how many threads fold the records; 0 (the default) for one per core, at most
 *                         {@value #MAX_DEFAULT_FOLD_THREADS}
 */
@ConfigurationProperties("bindery.kafka")
public record KafkaTapSettings(
        @Nullable String bootstrapServers,
        @Nullable String topics,
        @Bindable(defaultValue = "bindery") String groupId,
        @Bindable(defaultValue = "default") String eventBus,
        @Bindable(defaultValue = "earliest") String start,
        @Nullable String source,
        @Nullable String detailType,
        @Nullable String clientConfig,
        @Bindable(defaultValue = "1s") Duration commitInterval,
        @Bindable(defaultValue = "20000") int commitRecords,
        @Bindable(defaultValue = "0") int foldThreads) {

    /**
     * The default's bound: one consumer thread fetched about a million 400-byte records a second in
     * bench/kafka.sh, which four threads folding half a million each outrun; more would only hold more
     * state.
     */
    public static final int MAX_DEFAULT_FOLD_THREADS = 4;

    /** The fold threads to start: as configured, or one per core up to {@value #MAX_DEFAULT_FOLD_THREADS}. */
    public int foldThreadCount() {
        return foldThreads > 0
                ? foldThreads
                : Math.min(Runtime.getRuntime().availableProcessors(), MAX_DEFAULT_FOLD_THREADS);
    }

    /** Whether the tap runs. */
    public boolean enabled() {
        return bootstrapServers != null && !bootstrapServers.isBlank();
    }
}
