package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Events of detail type Tick for the journal tests, published one request at a time. */
final class TickEvents {

    private TickEvents() {}

    /** {@code count} events, each with fields {@code common} and {@code f<thread>_<i % 5>}. */
    static void publish(DiscoveryService discovery, String source, int thread, int count) {
        for (int i = 0; i < count; i++) {
            String detail = "{\"common\":" + i + ",\"f" + thread + "_" + (i % 5) + "\":\"v\"}";
            BusEvent event = new BusEvent(
                    UUID.randomUUID().toString(),
                    "default",
                    source,
                    "Tick",
                    "123456789012",
                    Instant.now(),
                    "us-east-1",
                    List.of(),
                    detail);
            assertThat(discovery.observe(List.of(event))).isEmpty();
        }
    }

    /** {@code threads} threads publish {@code count} events each while another flushes without pause; then a last flush. */
    static void publishWhileFlushing(ApplicationContext registry, String source, int threads, int count)
            throws Exception {
        DiscoveryService discovery = registry.getBean(DiscoveryService.class);
        ShapeFlusher flusher = registry.getBean(ShapeFlusher.class);
        AtomicBoolean publishing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            Future<?> flushing = pool.submit(() -> {
                while (publishing.get()) {
                    flusher.flush();
                }
            });
            List<Future<?>> publishers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                publishers.add(pool.submit(() -> publish(discovery, source, thread, count)));
            }
            for (Future<?> publisher : publishers) {
                publisher.get(2, TimeUnit.MINUTES);
            }
            publishing.set(false);
            flushing.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        flusher.flush();
    }
}
