package dev.bindery.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.support.Databases;
import io.micronaut.context.ApplicationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catalog's typed way for the registry's own writers to version a document: created, unchanged or
 * refused with the API's reason, never an API exception; concurrent writers of one new schema make one
 * version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionPublisherTest {

    private static final String REGISTRY = "discovered-schemas";

    private ApplicationContext context;
    private VersionPublisher publisher;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(Map.<String, Object>copyOf(Databases.h2()));
        publisher = context.getBean(VersionPublisher.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private static VersionPublisher.Document document(String property) {
        return new VersionPublisher.Document(SchemaType.OpenApi3, """
                {"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{},
                 "components":{"schemas":{"Event":{"type":"object","properties":{"%s":{"type":"string"}}}}}}""".formatted(property), "shape with " + property);
    }

    private static String newName() {
        return "com.publisher@T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewDocumentIsCreatedTheSameOneIsUnchangedAndAChangedOneIsTheNextVersion() {
        String name = newName();
        assertThat(publisher.latest(REGISTRY, name)).isEmpty();

        var first = publisher.publish(REGISTRY, name, document("a"));
        assertThat(first)
                .isInstanceOfSatisfying(
                        VersionPublisher.Outcome.Created.class,
                        created -> assertThat(created.version().version()).isEqualTo(1));
        var again = publisher.publish(REGISTRY, name, document("a"));
        assertThat(again)
                .isInstanceOfSatisfying(
                        VersionPublisher.Outcome.Unchanged.class,
                        unchanged -> assertThat(unchanged.latest().version()).isEqualTo(1));
        var changed = publisher.publish(REGISTRY, name, document("b"));
        assertThat(changed)
                .isInstanceOfSatisfying(
                        VersionPublisher.Outcome.Created.class,
                        created -> assertThat(created.version().version()).isEqualTo(2));

        SchemaVersion latest = publisher.latest(REGISTRY, name).orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.content()).contains("\"b\"");
        assertThat(latest.description()).isEqualTo("shape with b");
        assertThat(context.getBean(SchemaQueries.class)
                        .describe(REGISTRY, name, null)
                        .version())
                .as("the API reads what was published")
                .isEqualTo(2);
    }

    @Test
    void whatTheApiWouldRefuseIsRefusedWithItsReasonAndNothingIsWritten() {
        String name = newName();
        assertThat(publisher.publish("no-such-registry", name, document("a")))
                .isEqualTo(new VersionPublisher.Outcome.Refused("Registry no-such-registry does not exist."));
        var notOpenApi = publisher.publish(
                REGISTRY, name, new VersionPublisher.Document(SchemaType.OpenApi3, "[1]", "not a document"));
        assertThat(notOpenApi).isInstanceOf(VersionPublisher.Outcome.Refused.class);
        var tooLong = publisher.publish(
                REGISTRY,
                name,
                new VersionPublisher.Document(
                        SchemaType.OpenApi3, "{\"x\":\"" + "y".repeat(100_000) + "\"}", "too long"));
        assertThat(tooLong)
                .isInstanceOfSatisfying(
                        VersionPublisher.Outcome.Refused.class,
                        refused -> assertThat(refused.reason()).contains("Content is 100008 characters long"));
        var badName = publisher.publish(REGISTRY, "no spaces allowed?", document("a"));
        assertThat(badName)
                .isInstanceOfSatisfying(
                        VersionPublisher.Outcome.Refused.class,
                        refused -> assertThat(refused.reason()).contains("SchemaName"));
        assertThat(publisher.latest(REGISTRY, name)).isEmpty();
    }

    @Test
    void writersRacingToCreateOneSchemaMakeOneVersion() throws Exception {
        String name = newName();
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<VersionPublisher.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return publisher.publish(REGISTRY, name, document("raced"));
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<VersionPublisher.Outcome> outcome : outcomes) {
                VersionPublisher.Outcome result = outcome.get();
                assertThat(result).isNotInstanceOf(VersionPublisher.Outcome.Refused.class);
                created += result instanceof VersionPublisher.Outcome.Created ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
            assertThat(publisher.latest(REGISTRY, name).orElseThrow().version()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
