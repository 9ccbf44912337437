package dev.bindery.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.content.SchemaType;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DescribeCacheTest {

    private static SchemaVersion version(long number) {
        return new SchemaVersion(
                "r", "s", number, SchemaType.OpenApi3, null, Instant.EPOCH, Instant.EPOCH, Map.of(), "{}");
    }

    @Test
    void autoCachesOnlyTheEmbeddedStoreThatOneProcessOwns() {
        assertThat(new DescribeCache("auto", "jdbc:h2:file:./data/bindery").enabled())
                .isTrue();
        assertThat(new DescribeCache("auto", "jdbc:h2:mem:x").enabled()).isTrue();
        assertThat(new DescribeCache("auto", "jdbc:postgresql://db/bindery").enabled())
                .isFalse();
        assertThat(new DescribeCache("auto", "jdbc:h2:tcp://db/bindery").enabled())
                .isFalse();
        assertThat(new DescribeCache("on", "jdbc:postgresql://db/bindery").enabled())
                .isTrue();
        assertThat(new DescribeCache("OFF", "jdbc:h2:mem:x").enabled()).isFalse();
        assertThatThrownBy(() -> new DescribeCache("sometimes", "")).hasMessageContaining("auto, on or off");
    }

    @Test
    void answersAreKeptUntilTheirSchemaChanges() {
        DescribeCache cache = new DescribeCache("on", "");
        AtomicInteger loads = new AtomicInteger();
        cache.get("r", "s", null, () -> version(loads.incrementAndGet()));
        assertThat(cache.get("r", "s", null, () -> version(loads.incrementAndGet()))
                        .version())
                .isEqualTo(1);
        cache.onChanged(new SchemaChanged("r", "other"));
        assertThat(cache.get("r", "s", null, () -> version(loads.incrementAndGet()))
                        .version())
                .isEqualTo(1);
        cache.onChanged(new SchemaChanged("r", null));
        assertThat(cache.get("r", "s", null, () -> version(loads.incrementAndGet()))
                        .version())
                .isEqualTo(2);
    }

    @Test
    void aLoadThatOverlapsAChangeIsNotKept() {
        DescribeCache cache = new DescribeCache("on", "");
        SchemaVersion stale = cache.get("r", "s", null, () -> {
            cache.onChanged(new SchemaChanged("r", "s")); // a writer commits while this load runs
            return version(1);
        });
        assertThat(stale.version()).isEqualTo(1);
        assertThat(cache.get("r", "s", null, () -> version(2)).version()).isEqualTo(2);
    }
}
