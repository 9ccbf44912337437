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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Records counted for a bus without a started discoverer learn nothing, and are still checked: a raw
 * object the quick way would leave to the (absent) fold is refused with its reason, as on a discovered bus.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaTapUndiscoveredBusTest implements TestPropertyProvider {

    private static final String TOPIC = "undiscovered";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TapChecks.tapOnOneTopic(TOPIC, "undiscovered-test");
        properties.put("bindery.kafka.event-bus", "orders"); // no discoverer on this bus
        return properties;
    }

    private static ProducerRecord<byte[], byte[]> record(String value) {
        return new ProducerRecord<>(TOPIC, value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void badRecordsAreRefusedWhenNothingIsLearned() throws Exception {
        KafkaBroker.shared()
                .send(List.of(
                        record("{\"userId\":\"u-1\"}"),
                        record("{\"userId\":\"u-2\",\"userId\":\"u-3\"}"),
                        record("{\"userId\":\"u-4\"} trailing"),
                        record("{\"verified\":tru}"),
                        record("{\"userId\":\"u-5\"}")));

        JsonNode status = TapChecks.awaitStored(server.getURL(), TOPIC, Map.of(0, 5L));

        JsonNode partition = status.path("Partitions").get(0);
        assertThat(partition.path("Consumed").asLong()).isEqualTo(5);
        assertThat(partition.path("Refused").asLong()).isEqualTo(3);
        List<Long> offsets = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        status.path("Refusals").forEach(r -> {
            offsets.add(r.path("Offset").asLong());
            reasons.add(r.path("Reason").asText());
        });
        assertThat(offsets).containsExactly(1L, 2L, 3L);
        assertThat(reasons.get(0)).startsWith("MalformedDetail").contains("userId");
        assertThat(reasons.get(1)).startsWith("MalformedDetail").contains("trailing");
        assertThat(reasons.get(2)).startsWith("MalformedDetail");
        JsonNode schemas = TapChecks.get(server.getURL(), "/v1/registries/name/discovered-schemas/schemas");
        assertThat(schemas.path("Schemas")).isEmpty();
    }
}
