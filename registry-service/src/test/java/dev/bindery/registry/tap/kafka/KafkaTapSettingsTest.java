package dev.bindery.registry.tap.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.config.KafkaTapSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings the tap refuses to start with, each named with the variable that sets it; no broker is needed. */
class KafkaTapSettingsTest {

    private static KafkaTapSettings settings(String topics, String start, String detailType, int foldThreads) {
        return new KafkaTapSettings(
                "localhost:1",
                topics,
                "bindery",
                "default",
                start,
                null,
                detailType,
                null,
                Duration.ofSeconds(1),
                20_000,
                foldThreads);
    }

    private static void start(KafkaTapSettings settings) {
        new KafkaTap(settings, null, null, null).onStartup(null);
    }

    @Test
    void topicsMustBeNamed() {
        assertThatThrownBy(() -> start(settings(" ", "earliest", null, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(BINDERY_KAFKA_TOPICS) must name the topics");
    }

    @Test
    void startIsEarliestOrLatest() {
        assertThatThrownBy(() -> start(settings("orders", "middle", null, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BINDERY_KAFKA_START")
                .hasMessageContaining("not 'middle'");
    }

    @Test
    void foldThreadsAreZeroForOnePerCoreOrMore() {
        assertThatThrownBy(() -> start(settings("orders", "earliest", null, -1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(BINDERY_KAFKA_FOLD_THREADS) must be 0 (one per core) or more, not -1");
        assertThat(settings("orders", "earliest", null, 0).foldThreadCount())
                .isEqualTo(Math.min(Runtime.getRuntime().availableProcessors(), 4));
        assertThat(settings("orders", "earliest", null, 3).foldThreadCount()).isEqualTo(3);
    }

    @Test
    void aDetailTypeHeaderMustBeNamed() {
        assertThatThrownBy(() -> start(settings("orders", "earliest", "header:", 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BINDERY_KAFKA_DETAIL_TYPE")
                .hasMessageContaining("names no header");
    }
}
