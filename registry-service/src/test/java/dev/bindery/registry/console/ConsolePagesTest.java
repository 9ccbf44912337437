package dev.bindery.registry.console;

import static dev.bindery.registry.console.ConsoleFixtures.REGISTRY;
import static dev.bindery.registry.console.ConsoleFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.rules.CompatibilityRules;
import dev.bindery.registry.support.Clients;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every console page, read as HTML through a real server with authentication off. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleFixtures fixtures;

    @Inject
    CompatibilityRules rules;

    private ConsoleClient browser;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    @BeforeAll
    void fixtures() {
        fixtures.shop();
        fixtures.registry("many");
        for (int i = 0; i < 55; i++) {
            fixtures.schema("many", String.format("com.many@Event%03d", i));
        }
        browser = new ConsoleClient(server.getURL());
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void theStartPageListsRegistriesWithTheirSchemaCountsAndASearchBox() {
        ConsoleClient.Page page = browser.get("/console");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.body())
                .contains(
                        "<h1>Registries</h1>",
                        "href=\"/console/registries/shop\">shop</a>",
                        "Orders and payments",
                        "<input id=\"q\" name=\"q\" type=\"search\"");
        assertThat(page.body()).containsPattern("shop</a></td><td class=\"num\">2</td>");
        assertThat(page.body()).containsPattern("many</a></td><td class=\"num\">55</td>");
    }

    @Test
    void anAnonymousSessionCookieIsHttpOnlyAndStrictAndPagesForbidFramingAndCaching() {
        ConsoleClient fresh = new ConsoleClient(server.getURL());
        ConsoleClient.Page page = fresh.get("/console");
        assertThat(page.header("set-cookie"))
                .startsWith("bindery_console=")
                .contains("HTTPOnly")
                .containsIgnoringCase("SameSite=Strict")
                .doesNotContainIgnoringCase("secure");
        assertThat(page.header("x-frame-options")).isEqualTo("DENY");
        assertThat(page.header("cache-control")).isEqualTo("no-store");
        assertThat(page.header("content-security-policy")).contains("frame-ancestors 'none'");
        fresh.close();
    }

    @Test
    void aRegistryPageListsSchemasWithVersionsAndTheRuleAndPagesAndFilters() {
        ConsoleClient.Page page = browser.get("/console/registries/shop");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        ">com.shop@OrderPlaced</a></td><td class=\"num\">2</td>",
                        ">com.shop@PaymentTaken</a></td><td class=\"num\">1</td>",
                        "Mode <strong>NONE</strong>",
                        "<time datetime=\"");
        ConsoleClient.Page first = browser.get("/console/registries/many");
        assertThat(first.body())
                .contains("com.many@Event000", "com.many@Event049")
                .doesNotContain("com.many@Event050")
                .contains("rel=\"next\"");
        String next = first.body()
                .replaceAll("(?s).*rel=\"next\" href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        assertThat(browser.get(next).body())
                .contains("com.many@Event050", "com.many@Event054")
                .doesNotContain("com.many@Event049<");
        assertThat(browser.get("/console/registries/many?prefix=com.many%40Event01")
                        .body())
                .contains("com.many@Event010", "com.many@Event019")
                .doesNotContain("com.many@Event020");
    }

    @Test
    void aSchemaPageShowsVersionsContentTreeJudgementAndDownloads() {
        ConsoleClient.Page page = browser.get(Urls.schema(REGISTRY, SCHEMA) + "?version=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "version 2",
                        "First cut",
                        "Amount as a decimal string",
                        "<span class=\"j-key\">\"giftNote\"</span>",
                        "<details",
                        "<summary><span class=\"t-key\">components",
                        "compared with version 1 under BACKWARD / LENIENT",
                        "badge bad\">incompatible",
                        "<code>/properties/amount</code>",
                        "class=\"breaking\"",
                        "/export?version=2&amp;type=JSONSchemaDraft4",
                        "/export?version=2&amp;type=JSONSchemaDraft2020-12",
                        "/bindings/Java8?version=2",
                        "/bindings/Java17?version=2",
                        "/diff?from=1&amp;to=2",
                        "Mode <strong>BACKWARD</strong> <small>(schema)</small>, policy <strong>LENIENT</strong>");
        assertThat(page.body()).contains("<small class=\"badge bad\">incompatible</small>"); // in the version list
        assertThat(browser.get(Urls.schema(REGISTRY, SCHEMA) + "?version=1").body())
                .contains("Version 1 had no earlier version to be compared with.");
        String exported = new String(browser.download(Urls.export(REGISTRY, SCHEMA, 2, "JSONSchemaDraft4")));
        assertThat(exported).contains("\"$schema\"", "giftNote");
    }

    @Test
    void aCodeBindingZipDownloadsWithJavaSources() throws Exception {
        byte[] zip = browser.download(Urls.binding(REGISTRY, SCHEMA, 2, "Java17"));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).anyMatch(name -> name.endsWith("OrderPlaced.java"));
        assertThat(browser.get(Urls.binding(REGISTRY, SCHEMA, 2, "Cobol")).status())
                .isEqualTo(400);
    }

    @Test
    void aDiffShowsBothSidesWithChangedLinesAndTheBreakingFinding() {
        ConsoleClient.Page page = browser.get(Urls.diff(REGISTRY, SCHEMA, 1, 2));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "version 1 → 2",
                        "class=\"d-changed\"",
                        "class=\"d-added\"",
                        "1 breaking</strong>",
                        "<tr class=\"breaking\">",
                        "<code>/properties/amount</code>",
                        "<tr class=\"harmless\">",
                        "giftNote");
        assertThat(browser.get(Urls.schema(REGISTRY, SCHEMA) + "/diff?from=9&to=2")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void searchFindsSchemasByNameAndByContentAcrossRegistries() {
        assertThat(browser.get("/console/search?q=giftNote").body())
                .contains(">com.shop@OrderPlaced</a>")
                .doesNotContain("com.shop@PaymentTaken");
        assertThat(browser.get("/console/search?q=PaymentTaken").body()).contains(">com.shop@PaymentTaken</a>");
        assertThat(browser.get("/console/search?q=Event054").body()).contains("com.many@Event054</a> <small>in many");
        assertThat(browser.get("/console/search?q=nothing-like-this").body()).contains("No schema matches");
    }

    @Test
    void discoveredSchemasShowTheirStatistics() {
        ConsoleFixtures.publishItemsAdded(server.getURL(), "com.stats");
        ConsoleClient.Page page = browser.get(Urls.schema("discovered-schemas", "com.stats@ItemAdded"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Discovery statistics",
                        "<strong>4</strong> events",
                        "/detail/coupon",
                        "/detail/sku</code> <small>required",
                        "<meter min=\"0\" max=\"100\" value=\"50\"",
                        "50%",
                        "optional",
                        "SPRING");
        // the sampled events, newest first, as escaped JSON in a collapsible list
        assertThat(page.body())
                .contains(
                        "<summary>Recent events (4 sampled, newest first)</summary>",
                        "\"detail-type\" : \"ItemAdded\"");
        String samples = page.body().substring(page.body().indexOf("Recent events"));
        assertThat(samples.indexOf("B-3")).isPositive().isLessThan(samples.indexOf("A-0"));
    }

    @Test
    void formsWithoutTheSessionsCsrfTokenAreRefused() {
        browser.get("/console");
        ConsoleClient.Page refused = browser.postRaw("/console/registries", Map.of("name", "sneaky", "confirm", "yes"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("CSRF");
        ConsoleClient.Page wrong = browser.postRaw(
                "/console/registries", Map.of("name", "sneaky", "confirm", "yes", "csrf", "not-the-token"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(browser.get("/console/registries/sneaky").status()).isEqualTo(404);
    }

    @Test
    void creatingARegistryIsConfirmedFirst() {
        browser.get("/console");
        ConsoleClient.Page confirm =
                browser.post("/console/registries", Map.of("name", "created-here", "description", "d"));
        assertThat(confirm.body()).contains("Create registry created-here?", "name=\"confirm\" value=\"yes\"");
        assertThat(browser.get("/console/registries/created-here").status()).isEqualTo(404);
        ConsoleClient.Page done = browser.post(
                "/console/registries", Map.of("name", "created-here", "description", "d", "confirm", "yes"));
        assertThat(done.body()).contains("Registry created-here was created.");
        assertThat(browser.get("/console/registries/created-here").status()).isEqualTo(200);
    }

    @Test
    void uploadingShowsTheCompatibilityCheckBeforeSavingAndSetsRulesAndDeletesVersions() {
        fixtures.registry("uploads");
        fixtures.schema("uploads", "com.up@Thing");
        rules.setSchema("uploads", "com.up@Thing", "BACKWARD", "LENIENT");
        browser.get(Urls.registry("uploads") + "/upload?schema=com.up%40Thing");
        Map<String, String> form = Map.of(
                "schema", "com.up@Thing", "type", "OpenApi3", "description", "v2", "content", ConsoleFixtures.V2);
        ConsoleClient.Page check = browser.post("/console/registries/uploads/upload", form);
        assertThat(check.body())
                .contains(
                        "Compatibility check",
                        "Save version",
                        "<code>/properties/amount</code>",
                        "badge bad\">incompatible");
        assertThat(browser.get(Urls.schema("uploads", "com.up@Thing")).body()).contains("version 1");
        java.util.Map<String, String> confirmed = new java.util.HashMap<>(form);
        confirmed.put("confirm", "yes");
        assertThat(browser.post("/console/registries/uploads/upload", confirmed).body())
                .contains("is not BACKWARD compatible", "/properties/amount", "Nothing was stored");
        rules.setSchema("uploads", "com.up@Thing", "NONE", "LENIENT");
        assertThat(browser.post("/console/registries/uploads/upload", form).body())
                .contains("The rule NONE compares the new version with no other");
        assertThat(browser.post("/console/registries/uploads/upload", confirmed).body())
                .contains("Version 2 of com.up@Thing was saved.");
        ConsoleClient.Page bad = browser.post(
                "/console/registries/uploads/upload",
                Map.of("schema", "com.up@Thing", "type", "OpenApi3", "content", "{not json"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("class=\"problem\"", "{not json");

        String ruleAction = Urls.schema("uploads", "com.up@Thing") + "/compatibility";
        assertThat(browser.post(ruleAction, Map.of("mode", "FULL", "policy", "STRICT"))
                        .body())
                .contains("Set the compatibility rule of com.up@Thing?");
        browser.post(ruleAction, Map.of("mode", "FULL", "policy", "STRICT", "confirm", "yes"));
        assertThat(rules.ofSchema("uploads", "com.up@Thing").mode().name()).isEqualTo("FULL");
        assertThat(browser.post(ruleAction, Map.of("mode", "SIDEWAYS", "policy", "STRICT"))
                        .status())
                .isEqualTo(400);

        String delete = Urls.schema("uploads", "com.up@Thing") + "/versions/1/delete";
        assertThat(browser.post(delete, Map.of()).body()).contains("Delete version 1 of com.up@Thing?");
        assertThat(browser.post(delete, Map.of("confirm", "yes")).body())
                .contains("Version 1 of com.up@Thing was deleted.");
        assertThat(browser.get(Urls.schema("uploads", "com.up@Thing") + "?version=1")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void discoverersAreListedAndStartedAndStopped() {
        String id;
        try (var client = Clients.schemas(server.getURL())) {
            id = client.createDiscoverer(
                            r -> r.sourceArn("arn:aws:events:us-east-1:123456789012:event-bus/console-bus"))
                    .discovererId();
        }
        ConsoleClient.Page list = browser.get("/console/discoverers");
        String action = "/console/discoverers/" + Urls.encode(id) + "/stop";
        assertThat(list.body()).contains("event-bus/console-bus", "badge good\">started", "action=\"" + action + "\"");
        ConsoleClient.Page stopped = browser.post(action, Map.of());
        assertThat(stopped.status()).isEqualTo(303);
        assertThat(browser.get("/console/discoverers").body())
                .contains("badge warn\">stopped", "action=\"/console/discoverers/" + Urls.encode(id) + "/start\"");
        browser.post("/console/discoverers/" + Urls.encode(id) + "/start", Map.of());
        assertThat(browser.get("/console/discoverers").body()).doesNotContain("badge warn\">stopped");
    }

    @Test
    void missingThingsAreHtmlErrorPagesWithTheApisStatus() {
        ConsoleClient.Page page = browser.get("/console/registries/shop/schemas/com.shop@Nothing");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.body()).contains("Schema com.shop@Nothing does not exist in registry shop.");
        assertThat(browser.get("/console/registries/shop/schemas/" + Urls.encode(SCHEMA) + "?version=x")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theStylesheetAndScriptComeFromTheJar() {
        ConsoleClient.Page css = browser.get("/console/assets/console.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("content-type")).startsWith("text/css");
        assertThat(css.body()).contains("@media (max-width: 700px)");
        assertThat(browser.get("/console/assets/console.js").body()).contains("Expand all");
        assertThat(browser.get("/console/assets/other.css").status()).isEqualTo(404);
    }
}
