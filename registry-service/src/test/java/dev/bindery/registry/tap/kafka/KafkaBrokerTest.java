package dev.bindery.registry.tap.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.support.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** The test broker is a real one: what a producer writes, a consumer reads back in order. */
class KafkaBrokerTest {

    @Test
    void aRecordWrittenToTheTestBrokerIsReadBack() {
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic("broker-smoke", 1);
        broker.send(List.of(
                new ProducerRecord<>("broker-smoke", "one".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>("broker-smoke", "two".getBytes(StandardCharsets.UTF_8))));
        List<String> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition("broker-smoke", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            for (int i = 0; i < 100 && read.size() < 2; i++) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    read.add(new String(record.value(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(read).containsExactly("one", "two");
    }
}
