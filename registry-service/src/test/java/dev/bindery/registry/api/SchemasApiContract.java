package dev.bindery.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.registry.catalog.RegistryPolicies;
import dev.bindery.registry.policy.Decision;
import dev.bindery.registry.store.ContentRepository;
import dev.bindery.registry.support.Clients;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.schemas.SchemasClient;
import software.amazon.awssdk.services.schemas.model.BadRequestException;
import software.amazon.awssdk.services.schemas.model.ConflictException;
import software.amazon.awssdk.services.schemas.model.CreateSchemaResponse;
import software.amazon.awssdk.services.schemas.model.DescribeSchemaResponse;
import software.amazon.awssdk.services.schemas.model.DiscovererState;
import software.amazon.awssdk.services.schemas.model.ExportSchemaResponse;
import software.amazon.awssdk.services.schemas.model.ForbiddenException;
import software.amazon.awssdk.services.schemas.model.NotFoundException;
import software.amazon.awssdk.services.schemas.model.PreconditionFailedException;
import software.amazon.awssdk.services.schemas.model.PutResourcePolicyResponse;
import software.amazon.awssdk.services.schemas.model.RegistrySummary;
import software.amazon.awssdk.services.schemas.model.SchemaSummary;
import software.amazon.awssdk.services.schemas.model.SchemaVersionSummary;
import software.amazon.awssdk.services.schemas.model.SearchSchemaSummary;
import software.amazon.awssdk.services.schemas.model.Type;
import software.amazon.awssdk.services.schemas.model.UpdateSchemaResponse;

/**
 * Every operation of the registry core through the real AWS SDK for Java v2, including its
 * paginators and the modelled exceptions. Subclasses run it against each supported database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemasApiContract {

    static final String ACCOUNT = "123456789012";

    @Inject
    EmbeddedServer server;

    @Inject
    ContentRepository contents;

    @Inject
    RegistryPolicies registryPolicies;

    SchemasClient schemas;

    @BeforeAll
    void connect() {
        schemas = Clients.schemas(server.getURL());
    }

    @AfterAll
    void disconnect() {
        schemas.close();
    }

    static String registryName() {
        return "reg-" + UUID.randomUUID().toString().substring(0, 8);
    }

    void createRegistry(String name) {
        schemas.createRegistry(r -> r.registryName(name));
    }

    CreateSchemaResponse createSchema(String registry, String schema, String content) {
        return schemas.createSchema(r ->
                r.registryName(registry).schemaName(schema).type(Type.OPEN_API3).content(content));
    }

    // --- registries -----------------------------------------------------------------------------

    @Test
    void registryLifecycleCreatesDescribesUpdatesAndDeletes() {
        String name = registryName();
        var created = schemas.createRegistry(
                r -> r.registryName(name).description("Order events").tags(Map.of("team", "payments")));
        assertThat(created.registryArn()).isEqualTo("arn:aws:schemas:us-east-1:" + ACCOUNT + ":registry/" + name);
        assertThat(created.tags()).containsExactly(Map.entry("team", "payments"));

        assertThat(schemas.describeRegistry(r -> r.registryName(name)).description())
                .isEqualTo("Order events");
        var updated = schemas.updateRegistry(r -> r.registryName(name).description("All order events"));
        assertThat(updated.description()).isEqualTo("All order events");
        assertThat(updated.tags()).containsEntry("team", "payments");

        schemas.deleteRegistry(r -> r.registryName(name));
        assertThatThrownBy(() -> schemas.describeRegistry(r -> r.registryName(name)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Registry " + name + " does not exist");
    }

    @Test
    void creatingAnExistingRegistryIsAConflict() {
        String name = registryName();
        createRegistry(name);
        assertThatThrownBy(() -> createRegistry(name)).isInstanceOf(ConflictException.class);
    }

    @Test
    void builtInRegistriesExistAndCannotBeDeleted() {
        assertThat(schemas.describeRegistry(r -> r.registryName("discovered-schemas"))
                        .registryName())
                .isEqualTo("discovered-schemas");
        assertThatThrownBy(() -> schemas.deleteRegistry(r -> r.registryName("aws.events")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> schemas.deleteRegistry(r -> r.registryName("discovered-schemas")))
                .isInstanceOf(ForbiddenException.class);

        List<String> aws = schemas.listRegistriesPaginator(r -> r.scope("AWS")).registries().stream()
                .map(RegistrySummary::registryName)
                .toList();
        assertThat(aws).containsExactly("aws.events");
        List<String> local = schemas.listRegistriesPaginator(r -> r.scope("Local")).registries().stream()
                .map(RegistrySummary::registryName)
                .toList();
        assertThat(local).contains("discovered-schemas").doesNotContain("aws.events");
    }

    @Test
    void listRegistriesPagesThroughEveryMatchOnce() {
        String prefix = "page-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> names = IntStream.range(0, 7).mapToObj(i -> prefix + i).toList();
        names.forEach(this::createRegistry);

        var pages = schemas.listRegistriesPaginator(
                r -> r.registryNamePrefix(prefix).limit(3));
        List<String> listed =
                pages.registries().stream().map(RegistrySummary::registryName).toList();
        assertThat(listed).containsExactlyElementsOf(names);
        assertThat(pages.stream().count()).isEqualTo(3);
    }

    // --- schemas and versions -------------------------------------------------------------------

    @Test
    void schemaVersionsAreNumberedNeverReusedAndKeepContentByteForByte() {
        String registry = registryName();
        createRegistry(registry);
        String v1 = Schemas.openApi("OrderPlaced", "orderId") + "\n";
        String v2 = "  " + Schemas.openApi("OrderPlaced", "orderId", "coupon");

        CreateSchemaResponse created = schemas.createSchema(r -> r.registryName(registry)
                .schemaName("com.acme@OrderPlaced")
                .type(Type.OPEN_API3)
                .content(v1)
                .description("first"));
        assertThat(created.schemaVersion()).isEqualTo("1");
        assertThat(created.schemaArn())
                .isEqualTo("arn:aws:schemas:us-east-1:" + ACCOUNT + ":schema/" + registry + "/com.acme@OrderPlaced");
        assertThat(created.lastModified()).isNotNull();

        UpdateSchemaResponse updated = schemas.updateSchema(
                r -> r.registryName(registry).schemaName("com.acme@OrderPlaced").content(v2));
        assertThat(updated.schemaVersion()).isEqualTo("2");
        assertThat(updated.description()).isEqualTo("first");

        DescribeSchemaResponse latest =
                schemas.describeSchema(r -> r.registryName(registry).schemaName("com.acme@OrderPlaced"));
        assertThat(latest.schemaVersion()).isEqualTo("2");
        assertThat(latest.content()).isEqualTo(v2);
        assertThat(schemas.describeSchema(r -> r.registryName(registry)
                                .schemaName("com.acme@OrderPlaced")
                                .schemaVersion("1"))
                        .content())
                .isEqualTo(v1);

        assertThat(versions(registry, "com.acme@OrderPlaced")).containsExactly("2", "1");

        schemas.deleteSchemaVersion(
                r -> r.registryName(registry).schemaName("com.acme@OrderPlaced").schemaVersion("2"));
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName("com.acme@OrderPlaced"))
                        .schemaVersion())
                .isEqualTo("1");
        assertThatThrownBy(() -> schemas.describeSchema(r -> r.registryName(registry)
                        .schemaName("com.acme@OrderPlaced")
                        .schemaVersion("2")))
                .isInstanceOf(NotFoundException.class);

        String v3 = Schemas.openApi("OrderPlaced", "orderId", "total");
        assertThat(schemas.updateSchema(r -> r.registryName(registry)
                                .schemaName("com.acme@OrderPlaced")
                                .content(v3))
                        .schemaVersion())
                .isEqualTo("3");
        assertThat(versions(registry, "com.acme@OrderPlaced")).containsExactly("3", "1");
    }

    @Test
    void updateWithIdenticalContentCreatesNothingAndConflicts() {
        String registry = registryName();
        createRegistry(registry);
        String content = Schemas.openApi("Same", "a");
        createSchema(registry, "same", content);
        assertThatThrownBy(() -> schemas.updateSchema(
                        r -> r.registryName(registry).schemaName("same").content(content)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("No change since the previous version");
        assertThat(versions(registry, "same")).containsExactly("1");
    }

    @Test
    void aDescriptionAloneChangesTheLatestVersionWithoutANewOne() {
        String registry = registryName();
        createRegistry(registry);
        String content = Schemas.openApi("Described", "a");
        createSchema(registry, "described", content);
        var updated = schemas.updateSchema(r -> r.registryName(registry)
                .schemaName("described")
                .content(content)
                .description("now described"));
        assertThat(updated.schemaVersion()).isEqualTo("1");
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName("described"))
                        .description())
                .isEqualTo("now described");
    }

    @Test
    void aRetriedUpdateWithTheSameClientTokenReturnsTheVersionItCreated() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "retried", Schemas.openApi("Retried", "a"));
        String token = UUID.randomUUID().toString();
        String content = Schemas.openApi("Retried", "a", "b");
        var first = schemas.updateSchema(r ->
                r.registryName(registry).schemaName("retried").content(content).clientTokenId(token));
        var retry = schemas.updateSchema(r ->
                r.registryName(registry).schemaName("retried").content(content).clientTokenId(token));
        assertThat(first.schemaVersion()).isEqualTo("2");
        assertThat(retry.schemaVersion()).isEqualTo("2");
        assertThat(retry.versionCreatedDate()).isEqualTo(first.versionCreatedDate());
        assertThat(versions(registry, "retried")).containsExactly("2", "1");
    }

    @Test
    void concurrentUpdatesMakeConsecutiveVersionsWithoutLosingAny() throws Exception {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "contended", Schemas.openApi("Contended", "base"));
        int writers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<String>> updates = IntStream.range(0, writers)
                    .<Callable<String>>mapToObj(i -> () -> schemas.updateSchema(r -> r.registryName(registry)
                                    .schemaName("contended")
                                    .content(Schemas.openApi("Contended", "base", "field" + i)))
                            .schemaVersion())
                    .toList();
            List<String> created = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(updates)) {
                created.add(result.get());
            }
            Set<String> expected = IntStream.rangeClosed(2, writers + 1)
                    .mapToObj(Integer::toString)
                    .collect(Collectors.toSet());
            assertThat(created).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(versions(registry, "contended")).hasSize(writers + 1).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identicalContentIsStoredOnce() {
        String registry = registryName();
        createRegistry(registry);
        String content = Schemas.openApi("Shared" + UUID.randomUUID().toString().replace("-", ""), "a");
        long before = contents.count();
        createSchema(registry, "first", content);
        createSchema(registry, "second", content);
        assertThat(contents.count()).isEqualTo(before + 1);
    }

    @Test
    void creatingAnExistingSchemaIsAConflict() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "dup", Schemas.openApi("Dup", "a"));
        assertThatThrownBy(() -> createSchema(registry, "dup", Schemas.openApi("Dup", "b")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void listSchemasFiltersByPrefixCountsVersionsAndPaginates() {
        String registry = registryName();
        createRegistry(registry);
        for (int i = 0; i < 5; i++) {
            createSchema(registry, "aws.ec2@Event" + i, Schemas.openApi("Event" + i, "a"));
        }
        createSchema(registry, "other@Event", Schemas.openApi("Other", "a"));
        schemas.updateSchema(r ->
                r.registryName(registry).schemaName("aws.ec2@Event0").content(Schemas.openApi("Event0", "a", "b")));

        var pages = schemas.listSchemasPaginator(
                r -> r.registryName(registry).schemaNamePrefix("aws.ec2@").limit(2));
        List<SchemaSummary> listed = pages.schemas().stream().toList();
        assertThat(listed)
                .extracting(SchemaSummary::schemaName)
                .containsExactly(
                        "aws.ec2@Event0", "aws.ec2@Event1", "aws.ec2@Event2", "aws.ec2@Event3", "aws.ec2@Event4");
        assertThat(listed.get(0).versionCount()).isEqualTo(2);
        assertThat(listed.get(1).versionCount()).isEqualTo(1);
    }

    @Test
    void listSchemaVersionsPaginatesNewestFirst() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "many", Schemas.openApi("Many", "f0"));
        for (int i = 1; i < 5; i++) {
            String content = Schemas.openApi("Many", "f0", "f" + i);
            schemas.updateSchema(
                    r -> r.registryName(registry).schemaName("many").content(content));
        }
        List<String> listed = schemas
                .listSchemaVersionsPaginator(
                        r -> r.registryName(registry).schemaName("many").limit(2))
                .schemaVersions()
                .stream()
                .map(SchemaVersionSummary::schemaVersion)
                .toList();
        assertThat(listed).containsExactly("5", "4", "3", "2", "1");
    }

    @Test
    void searchMatchesNamesAndContentAndListsTheMatchingVersions() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "checkout@Basket", Schemas.openApi("Basket", "basketId"));
        schemas.updateSchema(r -> r.registryName(registry)
                .schemaName("checkout@Basket")
                .content(Schemas.openApi("Basket", "basketId", "couponCode")));
        createSchema(registry, "orders@Placed", Schemas.openApi("Placed", "orderId"));

        List<SearchSchemaSummary> byContent =
                schemas.searchSchemasPaginator(r -> r.registryName(registry).keywords("COUPONCODE")).schemas().stream()
                        .toList();
        assertThat(byContent).extracting(SearchSchemaSummary::schemaName).containsExactly("checkout@Basket");
        assertThat(byContent.get(0).schemaVersions())
                .extracting(v -> v.schemaVersion())
                .containsExactly("2");
        assertThat(byContent.get(0).registryName()).isEqualTo(registry);

        List<SearchSchemaSummary> byName =
                schemas.searchSchemasPaginator(r -> r.registryName(registry).keywords("basket")).schemas().stream()
                        .toList();
        assertThat(byName).extracting(SearchSchemaSummary::schemaName).containsExactly("checkout@Basket");
        assertThat(byName.get(0).schemaVersions())
                .extracting(v -> v.schemaVersion())
                .containsExactly("2", "1");

        assertThat(
                        schemas
                                .searchSchemasPaginator(
                                        r -> r.registryName(registry).keywords("basket orderId"))
                                .schemas()
                                .stream()
                                .toList())
                .isEmpty();
        assertThat(schemas.searchSchemasPaginator(r -> r.registryName(registry).keywords("orderId")).schemas().stream()
                        .map(SearchSchemaSummary::schemaName)
                        .toList())
                .containsExactly("orders@Placed");
    }

    @Test
    void searchPaginatesOverMatchingSchemas() {
        String registry = registryName();
        createRegistry(registry);
        for (int i = 0; i < 5; i++) {
            createSchema(registry, "s" + i, Schemas.openApi("Needle", "needleField" + i));
        }
        var pages = schemas.searchSchemasPaginator(
                r -> r.registryName(registry).keywords("needlefield").limit(2));
        assertThat(pages.schemas().stream().map(SearchSchemaSummary::schemaName).toList())
                .containsExactly("s0", "s1", "s2", "s3", "s4");
    }

    @Test
    void searchFindsEveryMatchAcrossManyCandidates() {
        String registry = registryName();
        createRegistry(registry);
        for (int i = 0; i < 120; i++) {
            String fields = i % 3 == 0 ? "needle" + i + "_haystack" : "needle" + i;
            createSchema(registry, String.format("s%03d", i), Schemas.openApi("S", fields));
        }
        List<String> found = schemas
                .searchSchemasPaginator(r ->
                        r.registryName(registry).keywords("needle haystack").limit(7))
                .schemas()
                .stream()
                .map(SearchSchemaSummary::schemaName)
                .toList();
        assertThat(found)
                .hasSize(40)
                .doesNotHaveDuplicates()
                .isSorted()
                .allSatisfy(name ->
                        assertThat(Integer.parseInt(name.substring(1)) % 3).isZero());
    }

    @Test
    void exportTurnsOpenApiIntoDraft4FromACustomRegistry() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "exported", Schemas.openApi("Exported", "a"));
        ExportSchemaResponse exported = schemas.exportSchema(
                r -> r.registryName(registry).schemaName("exported").type("JSONSchemaDraft4"));
        assertThat(exported.type()).isEqualTo("JSONSchemaDraft4");
        assertThat(exported.schemaVersion()).isEqualTo("1");
        assertThat(exported.content())
                .contains("\"$schema\":\"http://json-schema.org/draft-04/schema#\"")
                .contains("\"$ref\":\"#/definitions/Exported\"")
                .contains("\"type\":[\"string\",\"null\"]")
                .doesNotContain("components");
        assertThatThrownBy(() -> schemas.exportSchema(
                        r -> r.registryName(registry).schemaName("exported").type("OpenApi3")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("JSONSchemaDraft2020-12");
        ExportSchemaResponse modern = schemas.exportSchema(
                r -> r.registryName(registry).schemaName("exported").type("JSONSchemaDraft2020-12"));
        assertThat(modern.type()).isEqualTo("JSONSchemaDraft2020-12");
        assertThat(modern.content())
                .contains("\"$ref\":\"#/$defs/Exported\"", "https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void deletingASchemaRemovesItAndItsVersions() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "doomed", Schemas.openApi("Doomed", "a"));
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName("doomed"))
                        .schemaVersion())
                .isEqualTo("1");
        schemas.deleteSchema(r -> r.registryName(registry).schemaName("doomed"));
        assertThatThrownBy(() ->
                        schemas.describeSchema(r -> r.registryName(registry).schemaName("doomed")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Schema doomed does not exist");
        assertThatThrownBy(() ->
                        schemas.listSchemaVersions(r -> r.registryName(registry).schemaName("doomed")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOnlyVersionCannotBeDeleted() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "single", Schemas.openApi("Single", "a"));
        assertThatThrownBy(() -> schemas.deleteSchemaVersion(
                        r -> r.registryName(registry).schemaName("single").schemaVersion("1")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("only version");
    }

    @Test
    void deletingARegistryDeletesItsSchemas() {
        String registry = registryName();
        createRegistry(registry);
        createSchema(registry, "inside", Schemas.openApi("Inside", "a"));
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName("inside"))
                        .schemaVersion())
                .isEqualTo("1");
        schemas.deleteRegistry(r -> r.registryName(registry));
        assertThatThrownBy(() ->
                        schemas.describeSchema(r -> r.registryName(registry).schemaName("inside")))
                .isInstanceOf(NotFoundException.class);
        createRegistry(registry);
        assertThat(schemas.listSchemas(r -> r.registryName(registry)).schemas()).isEmpty();
    }

    @Test
    void schemaNamesWithEncodedCharactersStayOnePathSegment() {
        String registry = registryName();
        createRegistry(registry);
        String name = "team/orders@Order Placed".replace(" ", "");
        createSchema(registry, name, Schemas.openApi("Slashed", "a"));
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName(name))
                        .schemaName())
                .isEqualTo(name);
        assertThat(versions(registry, name)).containsExactly("1");
    }

    // --- discoverers -------------------------------------------------------------------------------

    @Test
    void theDefaultBusHasAStartedDiscoverer() {
        var discoverer = schemas.describeDiscoverer(r -> r.discovererId("events-event-bus-default"));
        assertThat(discoverer.state()).isEqualTo(DiscovererState.STARTED);
        assertThat(discoverer.sourceArn()).isEqualTo("arn:aws:events:us-east-1:" + ACCOUNT + ":event-bus/default");
    }

    @Test
    void discovererLifecycleStartsStopsUpdatesListsTagsAndDeletes() {
        String bus = "bus-" + UUID.randomUUID().toString().substring(0, 8);
        String busArn = "arn:aws:events:us-east-1:" + ACCOUNT + ":event-bus/" + bus;
        var created = schemas.createDiscoverer(
                r -> r.sourceArn(busArn).description("orders bus").tags(Map.of("team", "a")));
        assertThat(created.discovererId()).isEqualTo("events-event-bus-" + bus);
        assertThat(created.discovererArn())
                .isEqualTo("arn:aws:schemas:us-east-1:" + ACCOUNT + ":discoverer/events-event-bus-" + bus);
        assertThat(created.state()).isEqualTo(DiscovererState.STARTED);
        assertThat(created.crossAccount()).isTrue();
        String id = created.discovererId();

        assertThat(schemas.stopDiscoverer(r -> r.discovererId(id)).state()).isEqualTo(DiscovererState.STOPPED);
        assertThat(schemas.describeDiscoverer(r -> r.discovererId(id)).state()).isEqualTo(DiscovererState.STOPPED);
        assertThat(schemas.startDiscoverer(r -> r.discovererId(id)).state()).isEqualTo(DiscovererState.STARTED);

        var updated = schemas.updateDiscoverer(r -> r.discovererId(id).crossAccount(false));
        assertThat(updated.crossAccount()).isFalse();
        assertThat(updated.description()).isEqualTo("orders bus");

        schemas.tagResource(r -> r.resourceArn(created.discovererArn()).tags(Map.of("env", "dev")));
        assertThat(schemas.listTagsForResource(r -> r.resourceArn(created.discovererArn()))
                        .tags())
                .containsOnly(Map.entry("team", "a"), Map.entry("env", "dev"));

        assertThat(schemas
                        .listDiscoverersPaginator(r -> r.sourceArnPrefix(busArn).limit(1))
                        .discoverers()
                        .stream()
                        .map(d -> d.discovererId())
                        .toList())
                .containsExactly(id);
        assertThatThrownBy(() -> schemas.createDiscoverer(r -> r.sourceArn(busArn)))
                .isInstanceOf(ConflictException.class);

        schemas.deleteDiscoverer(r -> r.discovererId(id));
        assertThatThrownBy(() -> schemas.describeDiscoverer(r -> r.discovererId(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schemas.startDiscoverer(r -> r.discovererId(id)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDiscovererNeedsAnEventBusArn() {
        assertThatThrownBy(() -> schemas.createDiscoverer(r -> r.sourceArn("arn:aws:sqs:us-east-1:1:queue-name")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("event bus ARN");
    }

    @Test
    void listDiscoverersPaginates() {
        String prefix = "pg" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            String arn = "arn:aws:events:us-east-1:" + ACCOUNT + ":event-bus/" + prefix + i;
            schemas.createDiscoverer(r -> r.sourceArn(arn));
        }
        var listed = schemas
                .listDiscoverersPaginator(
                        r -> r.discovererIdPrefix("events-event-bus-" + prefix).limit(2))
                .discoverers()
                .stream()
                .map(d -> d.discovererId())
                .toList();
        assertThat(listed).hasSize(5).isSorted();
    }

    // --- tags and policies ----------------------------------------------------------------------

    @Test
    void tagsAreAddedListedAndRemovedByArn() {
        String registry = registryName();
        createRegistry(registry);
        String schemaArn =
                createSchema(registry, "tagged", Schemas.openApi("Tagged", "a")).schemaArn();
        String registryArn =
                schemas.describeRegistry(r -> r.registryName(registry)).registryArn();

        schemas.tagResource(r -> r.resourceArn(registryArn).tags(Map.of("env", "prod", "team", "core")));
        schemas.tagResource(r -> r.resourceArn(schemaArn).tags(Map.of("owner", "alice")));
        schemas.untagResource(r -> r.resourceArn(registryArn).tagKeys("team"));

        assertThat(schemas.listTagsForResource(r -> r.resourceArn(registryArn)).tags())
                .containsExactly(Map.entry("env", "prod"));
        assertThat(schemas.listTagsForResource(r -> r.resourceArn(schemaArn)).tags())
                .containsExactly(Map.entry("owner", "alice"));
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName("tagged"))
                        .tags())
                .containsEntry("owner", "alice");

        assertThatThrownBy(() -> schemas.listTagsForResource(r -> r.resourceArn(registryArn + "-missing")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> schemas.tagResource(
                        r -> r.resourceArn("arn:aws:sqs:us-east-1:1:q").tags(Map.of("a", "b"))))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    void resourcePoliciesUseRevisionIdsForOptimisticLocking() {
        String registry = registryName();
        createRegistry(registry);
        String policy = readersOf(registry);
        assertThatThrownBy(() -> schemas.getResourcePolicy(r -> r.registryName(registry)))
                .isInstanceOf(NotFoundException.class);

        PutResourcePolicyResponse first =
                schemas.putResourcePolicy(r -> r.registryName(registry).policy(policy));
        assertThat(first.revisionId()).isNotBlank();
        PutResourcePolicyResponse second = schemas.putResourcePolicy(
                r -> r.registryName(registry).policy(policy).revisionId(first.revisionId()));
        assertThat(second.revisionId()).isNotEqualTo(first.revisionId());
        assertThatThrownBy(() -> schemas.putResourcePolicy(
                        r -> r.registryName(registry).policy(policy).revisionId(first.revisionId())))
                .isInstanceOf(PreconditionFailedException.class);

        var read = schemas.getResourcePolicy(r -> r.registryName(registry));
        assertThat(read.policy()).isEqualTo(policy);
        assertThat(read.revisionId()).isEqualTo(second.revisionId());

        schemas.deleteResourcePolicy(r -> r.registryName(registry));
        assertThatThrownBy(() -> schemas.getResourcePolicy(r -> r.registryName(registry)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        schemas.putResourcePolicy(r -> r.registryName(registry).policy("not json")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("not valid JSON");
    }

    /** A policy in the subset Bindery enforces: the account's users may describe the registry's schemas. */
    static String readersOf(String registry) {
        return ("{'Version':'2012-10-17','Statement':[{'Sid':'Readers','Effect':'Allow','Principal':{'AWS':'" + ACCOUNT
                        + "'},"
                        + "'Action':['schemas:DescribeSchema','schemas:ListSchemas'],"
                        + "'Resource':'arn:aws:schemas:us-east-1:" + ACCOUNT + ":schema/" + registry + "/*'}]}")
                .replace('\'', '"');
    }

    @Test
    void policiesOutsideTheEnforcedSubsetAreRefusedAndNotStored() {
        String registry = registryName();
        createRegistry(registry);
        String stored = schemas.putResourcePolicy(r -> r.registryName(registry).policy(readersOf(registry)))
                .revisionId();
        String withCondition = readersOf(registry)
                .replace("}]}", ",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}");

        assertThatThrownBy(() ->
                        schemas.putResourcePolicy(r -> r.registryName(registry).policy(withCondition)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining(
                        "Statement[0].Condition is not supported: Bindery enforces Effect, Principal, Action and Resource only.");
        assertThatThrownBy(() -> schemas.putResourcePolicy(r ->
                        r.registryName(registry).policy(readersOf(registry).replace("{\"AWS\":", "{\"Service\":"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Statement[0].Principal.Service is not supported");

        var read = schemas.getResourcePolicy(r -> r.registryName(registry));
        assertThat(read.policy()).isEqualTo(readersOf(registry));
        assertThat(read.revisionId()).isEqualTo(stored);
    }

    @Test
    void theStoredPolicyDecidesForTheAuthorizerFromThePutOn() {
        String registry = registryName();
        createRegistry(registry);
        String alice = "arn:aws:iam::" + ACCOUNT + ":user/alice";
        String schemaArn = "arn:aws:schemas:us-east-1:" + ACCOUNT + ":schema/" + registry + "/Orders";
        assertThat(registryPolicies.decide(registry, alice, "schemas:DescribeSchema", schemaArn))
                .isEqualTo(Decision.NONE);

        schemas.putResourcePolicy(r -> r.registryName(registry).policy(readersOf(registry)));
        assertThat(registryPolicies.decide(registry, alice, "schemas:describeschema", schemaArn))
                .isEqualTo(Decision.ALLOW);
        assertThat(registryPolicies.decide(registry, alice, "schemas:DeleteSchema", schemaArn))
                .isEqualTo(Decision.NONE);

        schemas.putResourcePolicy(
                r -> r.registryName(registry).policy(readersOf(registry).replace("Allow", "Deny")));
        assertThat(registryPolicies.decide(registry, alice, "schemas:DescribeSchema", schemaArn))
                .isEqualTo(Decision.DENY);

        schemas.deleteResourcePolicy(r -> r.registryName(registry));
        assertThat(registryPolicies.decide(registry, alice, "schemas:DescribeSchema", schemaArn))
                .isEqualTo(Decision.NONE);
    }

    // --- bad input --------------------------------------------------------------------------------

    @Test
    void unknownRegistriesAndSchemasAreNotFound() {
        assertThatThrownBy(() -> schemas.listSchemas(r -> r.registryName("no-such-registry")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-registry");
        assertThatThrownBy(() -> createSchema("no-such-registry", "s", Schemas.openApi("S", "a")))
                .isInstanceOf(NotFoundException.class);
        String registry = registryName();
        createRegistry(registry);
        assertThatThrownBy(() -> schemas.updateSchema(
                        r -> r.registryName(registry).schemaName("ghost").content(Schemas.openApi("G", "a"))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("ghost");
    }

    @Test
    void invalidContentIsRefusedWithWhereItIsWrong() {
        String registry = registryName();
        createRegistry(registry);
        assertThatThrownBy(() -> createSchema(registry, "broken", "{\"openapi\": \"3.0.0\",\n  \"components\": }"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("line 2, column");
        assertThatThrownBy(() -> createSchema(registry, "no-components", "{\"openapi\":\"3.0.0\",\"info\":{}}"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("/components/schemas");
        assertThatThrownBy(() -> createSchema(
                        registry,
                        "bad-type",
                        "{\"openapi\":\"3.0.0\",\"components\":{\"schemas\":{\"E\":{\"type\":\"strin\"}}}}"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("/components/schemas/E/type");
        assertThatThrownBy(
                        () -> createSchema(
                                registry,
                                "dangling",
                                "{\"openapi\":\"3.0.0\",\"components\":{\"schemas\":{\"E\":{\"$ref\":\"#/components/schemas/Missing\"}}}}"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("#/components/schemas/Missing");
        assertThatThrownBy(() -> schemas.createSchema(r -> r.registryName(registry)
                        .schemaName("draft4")
                        .type(Type.JSON_SCHEMA_DRAFT4)
                        .content("{\"type\":\"object\",\"required\":[]}")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("/required");
        assertThat(schemas.listSchemas(r -> r.registryName(registry)).schemas()).isEmpty();
    }

    @Test
    void jsonSchemaContentOfAnyKnownDraftIsAccepted() {
        String registry = registryName();
        createRegistry(registry);
        String draft2020 = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\","
                + "\"properties\":{\"a\":{\"$ref\":\"#/$defs/A\"}},\"$defs\":{\"A\":{\"type\":\"string\"}}}";
        var created = schemas.createSchema(r -> r.registryName(registry)
                .schemaName("modern")
                .type(Type.JSON_SCHEMA_DRAFT4)
                .content(draft2020));
        assertThat(created.type()).isEqualTo("JSONSchemaDraft4");
        assertThat(schemas.exportSchema(r ->
                                r.registryName(registry).schemaName("modern").type("JSONSchemaDraft4"))
                        .content())
                .isEqualTo(draft2020);
        assertThatThrownBy(() -> schemas.createSchema(r -> r.registryName(registry)
                        .schemaName("remote")
                        .type(Type.JSON_SCHEMA_DRAFT4)
                        .content("{\"$schema\":\"http://example.com/my-meta\",\"type\":\"object\"}")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("never fetched");
    }

    @Test
    void nestingIsBoundedAndContentAtTheLimitIsAccepted() {
        String registry = registryName();
        createRegistry(registry);
        String atLimit = "{\"not\":".repeat(254) + "{}" + "}".repeat(254);
        assertThat(schemas.createSchema(r -> r.registryName(registry)
                                .schemaName("deep")
                                .type(Type.JSON_SCHEMA_DRAFT4)
                                .content(atLimit))
                        .schemaVersion())
                .isEqualTo("1");
        String tooDeep = "[".repeat(20_000) + "]".repeat(20_000);
        assertThatThrownBy(() -> schemas.createSchema(r -> r.registryName(registry)
                        .schemaName("deeper")
                        .type(Type.JSON_SCHEMA_DRAFT4)
                        .content("{\"a\":" + tooDeep + "}")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("nesting depth");
        assertThat(schemas.describeSchema(r -> r.registryName(registry).schemaName("deep"))
                        .content())
                .isEqualTo(atLimit);
    }

    @Test
    void overLimitFieldsNameTheLimit() {
        String registry = registryName();
        createRegistry(registry);
        assertThatThrownBy(() -> schemas.createRegistry(
                        r -> r.registryName(registryName()).description("d".repeat(257))))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("limit is 256");
        String huge = Schemas.openApi("Huge", "a")
                .replace("\"description\":\"\"", "\"description\":\"" + "x".repeat(100_000) + "\"");
        assertThatThrownBy(() -> createSchema(registry, "huge", huge))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("limit is 100000");
        assertThatThrownBy(() -> schemas.createRegistry(r -> r.registryName("bad name!")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("RegistryName");
        assertThatThrownBy(() -> schemas.listRegistries(r -> r.limit(101)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> schemas.listRegistries(r -> r.nextToken("forged")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("NextToken");
        assertThatThrownBy(() -> schemas.describeSchema(
                        r -> r.registryName(registry).schemaName("x").schemaVersion("latest")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("SchemaVersion");
    }

    private List<String> versions(String registry, String schema) {
        return schemas
                .listSchemaVersionsPaginator(r -> r.registryName(registry).schemaName(schema))
                .schemaVersions()
                .stream()
                .map(SchemaVersionSummary::schemaVersion)
                .toList();
    }
}
