package dev.bindery.registry.tap.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.KafkaBroker;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * What the tap tests set up and read from a running registry: a tap's properties, its status, discovery
 * statistics, end offsets.
 */
final class TapChecks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TapChecks() {}

    /**
     * Properties of a registry on a fresh H2 database whose tap reads {@code topic} (created on the shared
     * broker with one partition) in {@code groupId}, storing a batch every 100 ms; the caller adds its own.
     */
    static Map<String, String> tapOnOneTopic(String topic, String groupId) {
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic(topic, 1);
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.kafka.bootstrap-servers", broker.bootstrapServers());
        properties.put("bindery.kafka.topics", topic);
        properties.put("bindery.kafka.group-id", groupId);
        properties.put("bindery.kafka.commit-interval", "100ms");
        return properties;
    }

    static JsonNode get(URL server, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(server + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode status(URL server) throws Exception {
        return get(server, "/v1/taps/kafka");
    }

    /** The event count of a discovered schema ({@code source@DetailType}). */
    static long eventCount(URL server, String schemaName) throws Exception {
        return get(
                        server,
                        "/v1/registries/name/discovered-schemas/schemas/name/" + schemaName.replace("@", "%40")
                                + "/statistics")
                .path("EventCount")
                .asLong();
    }

    /** The topic's end offset per partition. */
    static Map<Integer, Long> endOffsets(KafkaBroker broker, String topic, int partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        try (Admin admin = broker.admin()) {
            return admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(
                            e -> e.getKey().partition(), e -> e.getValue().offset()));
        }
    }

    /**
     * Waits (two minutes at most) until the group's stored offsets, as the server reports them, reach
     * the end offsets: every record was stored with what it taught.
     */
    static JsonNode awaitStored(URL server, String topic, Map<Integer, Long> ends) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        JsonNode status;
        do {
            status = status(server);
            Map<Integer, Long> stored = new HashMap<>();
            for (JsonNode partition : status.path("Partitions")) {
                if (partition.path("Topic").asText().equals(topic) && partition.has("StoredOffset")) {
                    stored.put(
                            partition.path("Partition").asInt(),
                            partition.path("StoredOffset").asLong());
                }
            }
            if (stored.equals(ends)) {
                return status;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the tap did not store offsets " + ends + " within two minutes: " + status);
    }
}
