package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.discovery.inference.FieldStatistics;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The journal and flush path against a real database: requests journal and fold while flushes
 * run, and several instances on one database flush deltas of the same schema; no field and no
 * event is lost or counted twice. Subclasses say which database.
 */
abstract class DiscoveryJournalContract {

    private final List<ApplicationContext> contexts = new ArrayList<>();

    /** Datasource properties of one fresh database, the same for every instance of a test. */
    abstract Map<String, String> database();

    @AfterEach
    void stop() {
        contexts.forEach(ApplicationContext::close);
    }

    @Test
    void requestsAndFlushesRunningTogetherLoseNoFieldAndNoEvent() throws Exception {
        ApplicationContext registry = instance(database(), "a");
        TickEvents.publishWhileFlushing(registry, "com.journal", 4, 50);

        assertLearned(registry, "com.journal", 200, 4);
        assertThat(registry.getBean(DiscoveryJournal.class).ownRows(0, Long.MAX_VALUE, 10))
                .as("journal flushed")
                .isEmpty();
    }

    @Test
    void instancesFlushingDeltasOfOneSchemaIntoOneDatabaseLoseNoField() throws Exception {
        Map<String, String> database = database();
        List<ApplicationContext> instances = List.of(instance(database, "a"), instance(database, "b"));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                ApplicationContext registry = instances.get(t % 2);
                running.add(threads.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        TickEvents.publish(registry.getBean(DiscoveryService.class), "com.shared", thread, 10);
                        registry.getBean(ShapeFlusher.class).flush();
                    }
                }));
            }
            for (Future<?> task : running) {
                task.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        instances.forEach(registry -> registry.getBean(ShapeFlusher.class).flush());

        assertLearned(instances.get(0), "com.shared", 200, 4);
    }

    @Test
    void rowsOfAnInstanceThatStaysAwayAreAdoptedAndNeverCountedTwice() {
        Map<String, String> database = database();
        ApplicationContext a = instance(database, "a");
        ApplicationContext b = instance(database, "b");
        TickEvents.publish(b.getBean(DiscoveryService.class), "com.adopted", 0, 1); // a new schema: flushed at once
        TickEvents.publish(b.getBean(DiscoveryService.class), "com.adopted", 1, 7); // journalled by b, not flushed
        assertThat(b.getBean(ShapeStore.class)
                        .find("com.adopted@Tick")
                        .orElseThrow()
                        .eventCount())
                .isEqualTo(1);

        List<ShapeStore.Merged> adopted =
                a.getBean(ShapeStore.class).adoptAbandoned(Instant.now().plusSeconds(60), 100);
        assertThat(adopted).extracting(ShapeStore.Merged::schemaName).containsExactly("com.adopted@Tick");
        assertThat(a.getBean(ShapeStore.class)
                        .find("com.adopted@Tick")
                        .orElseThrow()
                        .eventCount())
                .isEqualTo(8);

        // b comes back to flush what it holds in memory: its rows are gone, so it must not count them again
        b.getBean(ShapeFlusher.class).flush();
        assertLearned(a, "com.adopted", 8, 0);
        assertThat(a.getBean(ShapeStore.class)
                        .find("com.adopted@Tick")
                        .orElseThrow()
                        .fields())
                .extracting(FieldStatistics::path)
                .contains("/detail/f0_0", "/detail/f1_0", "/detail/f1_4");
        assertThat(b.getBean(DiscoveryJournal.class).ownRows(0, Long.MAX_VALUE, 10))
                .isEmpty();
    }

    private ApplicationContext instance(Map<String, String> database, String instanceId) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("bindery.discovery.instance-id", instanceId);
        properties.put("bindery.discovery.flush-interval", "1h");
        properties.put("bindery.discovery.adopt-check-interval", "1h");
        properties.put("bindery.discovery.version-window", "1ms"); // versions without a flush per request
        ApplicationContext context = ApplicationContext.builder()
                .properties(properties)
                .environments("test")
                .start();
        contexts.add(context);
        return context;
    }

    /** The stored shape counts {@code events} events and has the fields of {@code threads} threads publishing 5 or more. */
    private static void assertLearned(ApplicationContext registry, String source, long events, int threads) {
        ShapeSnapshot shape =
                registry.getBean(ShapeStore.class).find(source + "@Tick").orElseThrow();
        assertThat(shape.eventCount()).isEqualTo(events);
        List<String> paths = shape.fields().stream().map(FieldStatistics::path).toList();
        assertThat(paths).contains("/detail/common");
        for (int t = 0; t < threads; t++) {
            for (int f = 0; f < 5; f++) {
                assertThat(paths).contains("/detail/f" + t + "_" + f);
            }
        }
    }
}
