package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.discovery.inference.FieldStatistics;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file journal with the real flush path and H2: concurrent requests and
 * flushes lose nothing, merged segments are deleted, and a segment that outlives its merge (the
 * process died before deleting it) is not learned twice. Start-up replay after {@code kill -9}
 * and torn frames are covered end to end by {@link JournalReplayTest} and {@link KillNineSurvivalTest}.
 */
class FileJournalTest {

    @TempDir
    Path data;

    private final List<ApplicationContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(ApplicationContext::close);
    }

    @Test
    void theEmbeddedStoreKeepsItsJournalInFiles() {
        assertThat(start().getBean(DiscoveryJournal.class)).isInstanceOf(FileJournal.class);
    }

    @Test
    void requestsAndFlushesRunningTogetherLoseNoEventAndLeaveNoSegment() throws Exception {
        ApplicationContext registry = start();
        TickEvents.publishWhileFlushing(registry, "com.file", 4, 50);

        ShapeSnapshot shape =
                registry.getBean(ShapeStore.class).find("com.file@Tick").orElseThrow();
        assertThat(shape.eventCount()).isEqualTo(200);
        assertThat(shape.fields()).extracting(FieldStatistics::path).contains("/detail/f0_4", "/detail/f3_0");
        assertThat(registry.getBean(DiscoveryJournal.class).ownRows(0, Long.MAX_VALUE, 10))
                .isEmpty();
        assertThat(segments()).as("merged segments are deleted").isEmpty();
    }

    @Test
    void aSegmentThatOutlivedItsMergeIsNotLearnedTwice() throws Exception {
        ApplicationContext first = start();
        TickEvents.publish(first.getBean(DiscoveryService.class), "com.file", 0, 1); // a new schema: flushed at once
        TickEvents.publish(
                first.getBean(DiscoveryService.class), "com.file", 1, 7); // journalled, waiting for the flush
        List<Path> waiting = segments();
        assertThat(waiting).isNotEmpty();
        Path saved = Files.createTempDirectory(data, "saved");
        for (Path segment : waiting) {
            Files.copy(segment, saved.resolve(segment.getFileName()));
        }
        first.getBean(ShapeFlusher.class).flush();
        assertThat(segments()).isEmpty();
        first.close();
        contexts.remove(first);

        // as if the process had died after the merge committed and before the segment was deleted
        for (Path segment : waiting) {
            Files.copy(saved.resolve(segment.getFileName()), segment);
        }
        ApplicationContext second = start();
        second.getBean(JournalReplay.class).replay();

        assertThat(second.getBean(ShapeStore.class)
                        .find("com.file@Tick")
                        .orElseThrow()
                        .eventCount())
                .isEqualTo(8);
        assertThat(segments()).as("the merged segment is deleted at start-up").isEmpty();
    }

    @Test
    void sequenceNumbersContinueAfterEverySegmentWasDeleted() {
        ApplicationContext first = start();
        TickEvents.publish(first.getBean(DiscoveryService.class), "com.file", 0, 3);
        first.getBean(ShapeFlusher.class).flush();
        long used = first.getBean(DiscoveryJournal.class).maxSeq();
        assertThat(used).isPositive();
        first.close();
        contexts.remove(first);

        // a reused number would sit under its schema's watermark and be skipped at the next start-up
        assertThat(start().getBean(DiscoveryJournal.class).maxSeq()).isEqualTo(used);
    }

    @Test
    void rowsAnEarlierVersionLeftInTheJournalTableAreLearnedAtStartUp() {
        ApplicationContext earlier = start("database");
        byte[] envelope = ("{\"version\":\"0\",\"id\":\"1\",\"detail-type\":\"Tick\",\"source\":\"com.file\","
                        + "\"account\":\"1\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"r\",\"resources\":[],"
                        + "\"detail\":{\"left\":1}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // what the table journal held when the earlier version was killed
        earlier.getBean(DatabaseJournal.class)
                .insert(
                        List.of(new DiscoveryJournal.Entry(
                                "com.file@Tick",
                                "com.file",
                                "Tick",
                                List.of(new ObservedEvent(
                                        envelope, Instant.now().toEpochMilli())))),
                        new long[] {1});
        earlier.close();
        contexts.remove(earlier);

        ApplicationContext upgraded = start();
        ShapeSnapshot shape =
                upgraded.getBean(ShapeStore.class).find("com.file@Tick").orElseThrow();
        assertThat(shape.eventCount()).isEqualTo(1);
        assertThat(shape.fields()).extracting(FieldStatistics::path).contains("/detail/left");
        assertThat(upgraded.getBean(DatabaseJournal.class).ownRows(0, Long.MAX_VALUE, 10))
                .isEmpty();
    }

    @Test
    void aRowWhoseSourceNoColumnHoldsIsRetiredAtStartUpAndItsSegmentDeleted() throws Exception {
        ApplicationContext earlier = start();
        String source = "com.file." + "x".repeat(250); // 259 characters: accepted before sources were checked
        byte[] envelope = ("{\"version\":\"0\",\"id\":\"1\",\"detail-type\":\"Tick\",\"source\":\"" + source + "\","
                        + "\"account\":\"1\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\"r\",\"resources\":[],"
                        + "\"detail\":{\"left\":1}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DiscoveryJournal journal = earlier.getBean(DiscoveryJournal.class);
        journal.insert(
                List.of(new DiscoveryJournal.Entry(
                        source + "@Tick",
                        source,
                        "Tick",
                        List.of(new ObservedEvent(envelope, Instant.now().toEpochMilli())))),
                new long[] {journal.maxSeq() + 1});
        earlier.close();
        contexts.remove(earlier);
        assertThat(segments()).isNotEmpty();

        ApplicationContext upgraded = start(); // an earlier version retried this row's merge forever
        assertThat(upgraded.getBean(ShapeStore.class).find(source + "@Tick")).isEmpty();
        assertThat(upgraded.getBean(DiscoveryJournal.class).ownRows(0, Long.MAX_VALUE, 10))
                .isEmpty();
        assertThat(segments()).as("the segment is not pinned").isEmpty();
    }

    private ApplicationContext start() {
        return start("auto");
    }

    private ApplicationContext start(String journal) {
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of(
                        "bindery.data-dir", data.toString(),
                        "bindery.discovery.journal", journal,
                        "bindery.discovery.flush-interval", "1h",
                        "bindery.discovery.adopt-check-interval", "1h",
                        "bindery.discovery.version-window", "1ms"))
                .environments("test")
                .start();
        contexts.add(context);
        return context;
    }

    private List<Path> segments() throws IOException {
        Path dir = data.resolve("discovery-journal");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".seg"))
                    .sorted()
                    .toList();
        }
    }
}
