package dev.bindery.registry.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.config.IngestLimits;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every accepted event gets a fresh id: a random version 4 UUID of the IETF variant, none repeated. */
class EventIdsTest {

    @Test
    void idsAreDistinctVersionFourUuids() {
        EntryRules rules = new EntryRules(
                new IngestLimits(262_144, 10, 128, 256, 10, 100_000), new AwsIdentity("us-east-1", "123456789012"));
        IncomingEvent entry = new IncomingEvent("com.acme", "Order Placed", "{\"a\":1}", null, null, List.of());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = rules.check(entry, Instant.EPOCH).event().id();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(100_000);
    }
}
