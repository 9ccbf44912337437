package dev.bindery.registry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.discovery.inference.FieldStatistics;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.store.DiscoveredShapeRepository;
import dev.bindery.registry.store.DiscoveredShapeRow;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two detail-types that sanitise to one schema name ({@code "Order Placed"}, {@code "OrderPlaced"})
 * are two schemas under distinct names that survive restarts (ADR 0014), a registry whose journal
 * holds such rows filed under one name (as earlier versions wrote them) learns each for its own
 * schema, and a schema whose flush fails neither blocks, drops nor double-counts another's. After
 * each, the journal is empty and its segments deleted. Subclasses say which database.
 */
abstract class CollidingDetailTypesContract {

    private final List<ApplicationContext> contexts = new ArrayList<>();
    private final String source = "com.collide." + UUID.randomUUID().toString().substring(0, 8);
    private final String base = source + "@OrderPlaced";

    /** Datasource properties of one fresh database, the same for every start of a test. */
    abstract Map<String, String> database();

    @AfterEach
    void stop() {
        contexts.forEach(ApplicationContext::close);
    }

    @Test
    void distinctDetailTypesThatSanitiseToOneNameAreDistinctSchemasAcrossRestarts() throws Exception {
        Map<String, String> database = database();
        ApplicationContext first = start(database);
        observe(first, "Order Placed", "{\"spaced\":1}");
        observe(first, "OrderPlaced", "{\"joined\":1}");
        first.getBean(ShapeFlusher.class).flush();

        assertFields(first, base, 1, "/detail/spaced");
        assertFields(first, base + "-2", 1, "/detail/joined");
        SchemaQueries reader = first.getBean(SchemaQueries.class);
        assertThat(reader.describe("discovered-schemas", base, null).content())
                .contains("\"x-amazon-events-detail-type\": \"Order Placed\"", "spaced")
                .doesNotContain("joined");
        assertThat(reader.describe("discovered-schemas", base + "-2", null).content())
                .contains("\"x-amazon-events-detail-type\": \"OrderPlaced\"", "joined")
                .doesNotContain("spaced");
        assertJournalEmpty(first, database);
        first.close();
        contexts.remove(first);

        // the other detail-type arrives first now: the names stay with their detail-types
        ApplicationContext second = start(database);
        observe(second, "OrderPlaced", "{\"joined\":2}");
        observe(second, "Order Placed", "{\"spaced\":2}");
        second.getBean(ShapeFlusher.class).flush();
        assertFields(second, base, 2, "/detail/spaced");
        assertFields(second, base + "-2", 2, "/detail/joined");
        assertJournalEmpty(second, database);
    }

    @Test
    void journalRowsOfTwoDetailTypesFiledUnderOneNameAreEachLearnedForTheirOwnSchema() throws Exception {
        Map<String, String> database = database();
        ApplicationContext earlier = start(database);
        observe(earlier, "Order Placed", "{\"spaced\":1}"); // flushed at once: the name's first kind
        DiscoveryJournal journal = earlier.getBean(DiscoveryJournal.class);
        long seq = journal.maxSeq();
        // what an earlier version journalled: both detail-types filed under the one sanitised name,
        // whose merge failed forever ("cannot merge shapes of different event kinds")
        journal.insert(
                List.of(
                        new DiscoveryJournal.Entry(
                                base, source, "OrderPlaced", List.of(event("OrderPlaced", "{\"joined\":1}"))),
                        new DiscoveryJournal.Entry(
                                base, source, "Order Placed", List.of(event("Order Placed", "{\"spaced\":2}"))),
                        new DiscoveryJournal.Entry(
                                base, source, "OrderPlaced", List.of(event("OrderPlaced", "{\"joined\":3}")))),
                new long[] {seq + 1, seq + 2, seq + 3});
        earlier.close();
        contexts.remove(earlier);

        ApplicationContext upgraded = start(database); // replays the rows at start-up
        assertFields(upgraded, base, 2, "/detail/spaced");
        assertFields(upgraded, base + "-2", 2, "/detail/joined");
        assertJournalEmpty(upgraded, database);
        upgraded.close();
        contexts.remove(upgraded);

        ApplicationContext again = start(database);
        assertFields(again, base, 2, "/detail/spaced");
        assertFields(again, base + "-2", 2, "/detail/joined");
    }

    @Test
    void aSchemaWhoseFlushFailsNeitherBlocksNorDropsNorDoubleCountsAnother() throws Exception {
        Map<String, String> database = database();
        ApplicationContext registry = start(database);
        observe(registry, "Broken", "{\"a\":1}"); // flushed at once
        DiscoveredShapeRepository shapes = registry.getBean(DiscoveredShapeRepository.class);
        DiscoveredShapeRow stored = shapes.findById(source + "@Broken").orElseThrow();
        shapes.update(new DiscoveredShapeRow(
                stored.schemaName(),
                stored.source(),
                stored.detailType(),
                "{",
                stored.eventCount(),
                stored.updatedAt(),
                stored.pendingSince()));

        // one request with events of the failing schema and of a new one, which flushes before answering
        DiscoveryService discovery = registry.getBean(DiscoveryService.class);
        assertThat(discovery.observe(List.of(busEvent("Broken", "{\"a\":2}"), busEvent("Fine", "{\"b\":1}"))))
                .as("journalled events are acknowledged")
                .isEmpty();
        assertFields(registry, source + "@Fine", 1, "/detail/b");
        observe(registry, "Fine", "{\"b\":2}");
        registry.getBean(ShapeFlusher.class).flush();
        assertFields(registry, source + "@Fine", 2, "/detail/b");

        shapes.update(stored); // the failure goes away: the kept delta is merged, once
        registry.getBean(ShapeFlusher.class).flush();
        registry.getBean(ShapeFlusher.class).flush();
        assertFields(registry, source + "@Broken", 2, "/detail/a");
        assertFields(registry, source + "@Fine", 2, "/detail/b");
        assertJournalEmpty(registry, database);
    }

    private ApplicationContext start(Map<String, String> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("bindery.discovery.flush-interval", "1h");
        properties.put("bindery.discovery.adopt-check-interval", "1h");
        properties.put("bindery.discovery.version-window", "1ms");
        properties.put("bindery.discovery.instance-id", "collide");
        ApplicationContext context = ApplicationContext.builder()
                .properties(properties)
                .environments("test")
                .start();
        contexts.add(context);
        return context;
    }

    private BusEvent busEvent(String detailType, String detail) {
        return new BusEvent(
                UUID.randomUUID().toString(),
                "default",
                source,
                detailType,
                "123456789012",
                Instant.now(),
                "us-east-1",
                List.of(),
                detail);
    }

    private ObservedEvent event(String detailType, String detail) {
        BusEvent event = busEvent(detailType, detail);
        return new ObservedEvent(event.envelope(), event.time().toEpochMilli());
    }

    private void observe(ApplicationContext registry, String detailType, String detail) {
        assertThat(registry.getBean(DiscoveryService.class).observe(List.of(busEvent(detailType, detail))))
                .isEmpty();
    }

    private static void assertFields(ApplicationContext registry, String schemaName, long events, String field) {
        ShapeSnapshot shape =
                registry.getBean(ShapeStore.class).find(schemaName).orElseThrow();
        assertThat(shape.eventCount()).as(schemaName).isEqualTo(events);
        assertThat(shape.fields())
                .extracting(FieldStatistics::path)
                .contains(field)
                .allMatch(path -> !path.startsWith("/detail/") || path.equals(field));
    }

    private static void assertJournalEmpty(ApplicationContext registry, Map<String, String> database)
            throws IOException {
        assertThat(registry.getBean(DiscoveryJournal.class).ownRows(0, Long.MAX_VALUE, 10))
                .isEmpty();
        String dataDir = database.get("bindery.data-dir");
        if (dataDir != null && registry.getBean(DiscoveryJournal.class) instanceof FileJournal) {
            try (Stream<Path> files = Files.list(Path.of(dataDir, "discovery-journal"))) {
                assertThat(files.filter(p -> p.toString().endsWith(".seg")))
                        .as("merged segments are deleted")
                        .isEmpty();
            }
        }
    }
}
