package dev.bindery.registry.console;

import static dev.bindery.registry.console.ConsoleFixtures.REGISTRY;
import static dev.bindery.registry.console.ConsoleFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.security.PrincipalService;
import dev.bindery.registry.support.Databases;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console with authentication on: a login page (access key or token), a session cookie, logout,
 * and each principal seeing and being able to submit only what its role allows.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAuthTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleFixtures fixtures;

    private final Map<String, String> tokens = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.auth.mode", "on");
        properties.put("bindery.auth.failures-before-delay", "1000");
        properties.put("bindery.auth.failures-before-refusal", "1000");
        return properties;
    }

    @BeforeAll
    void principals() {
        fixtures.shop();
        fixtures.registry("team-b");
        for (String role : List.of("reader", "writer", "admin")) {
            tokens.put(role, fixtures.token(role + "-person", role, List.of()));
        }
        tokens.put("scoped", fixtures.token("scoped-reader", "reader", List.of("shop")));
        tokens.put("producer", fixtures.token("producer-person", "producer", List.of()));
    }

    @Test
    void withoutASessionEveryPageLeadsToTheLoginPage() {
        try (ConsoleClient browser = new ConsoleClient(server.getURL())) {
            ConsoleClient.Page page = browser.get("/console/registries/shop?prefix=com");
            assertThat(page.status()).isEqualTo(303);
            assertThat(page.header("location"))
                    .isEqualTo("/console/login?next=%2Fconsole%2Fregistries%2Fshop%3Fprefix%3Dcom");
            ConsoleClient.Page login = browser.get(page.header("location"));
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.body()).contains("<label for=\"accessKeyId\">", "<label for=\"token\">", "Log in");
            assertThat(browser.postRaw("/console/registries", Map.of("name", "x", "confirm", "yes"))
                            .status())
                    .isEqualTo(303);
            assertThat(browser.get("/console/assets/console.css").status()).isEqualTo(200);
        }
    }

    @Test
    void aTokenLogsInWithAStrictHttpOnlyCookieAndReturnsToThePageAskedFor() {
        try (ConsoleClient browser = new ConsoleClient(server.getURL())) {
            ConsoleClient.Page in = browser.postRaw(
                    "/console/login", Map.of("token", tokens.get("reader"), "next", "/console/registries/shop"));
            assertThat(in.status()).isEqualTo(303);
            assertThat(in.header("location")).isEqualTo("/console/registries/shop");
            assertThat(in.header("set-cookie"))
                    .contains("HTTPOnly")
                    .containsIgnoringCase("SameSite=Strict")
                    .contains("Path=/console")
                    .doesNotContainIgnoringCase("secure");
            ConsoleClient.Page page = browser.get("/console/registries/shop");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("reader-person <small>(reader)</small>", "com.shop@OrderPlaced");
        }
    }

    @Test
    void anAccessKeyLogsInAndAWrongSecretIsRefused() {
        PrincipalService.NewKey key = fixtures.accessKey("key-person", "writer");
        try (ConsoleClient browser = new ConsoleClient(server.getURL())) {
            ConsoleClient.Page wrong = browser.postRaw(
                    "/console/login", Map.of("accessKeyId", key.accessKeyId(), "secret", "not-it", "next", "/console"));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("class=\"problem\"").doesNotContain("not-it");
            assertThat(wrong.header("set-cookie")).isNull();
            ConsoleClient.Page in = browser.postRaw(
                    "/console/login",
                    Map.of("accessKeyId", key.accessKeyId(), "secret", key.secretAccessKey(), "next", "/console"));
            assertThat(in.status()).isEqualTo(303);
            assertThat(browser.get("/console").body()).contains("key-person <small>(writer)</small>");
        }
    }

    @Test
    void logoutEndsTheSession() {
        try (ConsoleClient browser = loggedIn("writer")) {
            browser.get("/console");
            String cookieBefore = browser.csrf();
            assertThat(cookieBefore).isNotNull();
            ConsoleClient.Page out = browser.post("/console/logout", Map.of());
            assertThat(out.status()).isEqualTo(303);
            assertThat(out.header("location")).isEqualTo("/console/login");
            assertThat(out.header("set-cookie")).contains("Max-Age=0");
            assertThat(browser.get("/console").status()).isEqualTo(303);
        }
    }

    @Test
    void aReaderSeesNoWritersFormsAndCannotSubmitThem() {
        try (ConsoleClient browser = loggedIn("reader")) {
            ConsoleClient.Page schema = browser.get(Urls.schema(REGISTRY, SCHEMA));
            assertThat(schema.status()).isEqualTo(200);
            assertThat(schema.body())
                    .contains("Java 17 binding")
                    .doesNotContain("Upload a new version", "Delete version", "Set rule");
            assertThat(browser.get(Urls.registry(REGISTRY)).body()).doesNotContain("Upload a schema");
            assertThat(browser.get("/console").body()).doesNotContain("Create a registry");
            assertThat(browser.get(Urls.registry(REGISTRY) + "/upload").status())
                    .isEqualTo(403);
            ConsoleClient.Page refused = browser.post(
                    Urls.registry(REGISTRY) + "/upload",
                    Map.of("schema", SCHEMA, "type", "OpenApi3", "content", ConsoleFixtures.V1, "confirm", "yes"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("Not allowed", "role reader does not allow it");
            assertThat(browser.post(Urls.schema(REGISTRY, SCHEMA) + "/versions/1/delete", Map.of("confirm", "yes"))
                            .status())
                    .isEqualTo(403);
            assertThat(browser.post("/console/registries", Map.of("name", "nope", "confirm", "yes"))
                            .status())
                    .isEqualTo(403);
            assertThat(browser.get(Urls.version(REGISTRY, SCHEMA, 1)).status()).isEqualTo(200);
        }
    }

    @Test
    void aWriterUploadsButCannotCreateRegistriesAndAnAdminCan() {
        try (ConsoleClient writer = loggedIn("writer")) {
            assertThat(writer.get(Urls.schema(REGISTRY, SCHEMA)).body())
                    .contains("Upload a new version", "Delete version", "Set rule");
            assertThat(writer.get("/console").body()).doesNotContain("Create a registry");
            assertThat(writer.post("/console/registries", Map.of("name", "by-writer", "confirm", "yes"))
                            .status())
                    .isEqualTo(403);
            assertThat(writer.get(Urls.registry(REGISTRY)).body())
                    .doesNotContain("Set rule"); // the registry's rule is an admin's
        }
        try (ConsoleClient admin = loggedIn("admin")) {
            assertThat(admin.get("/console").body()).contains("Create a registry");
            assertThat(admin.post("/console/registries", Map.of("name", "by-admin", "confirm", "yes"))
                            .body())
                    .contains("Registry by-admin was created.");
        }
    }

    @Test
    void aScopedReaderSeesOnlyItsRegistriesAndAProducerReadsNothing() {
        try (ConsoleClient scoped = loggedIn("scoped")) {
            ConsoleClient.Page home = scoped.get("/console");
            assertThat(home.body()).contains(">shop</a>").doesNotContain(">team-b</a>");
            assertThat(scoped.get("/console/registries/team-b").status()).isEqualTo(403);
            assertThat(scoped.get("/console/search?q=OrderPlaced").body()).contains("com.shop@OrderPlaced");
        }
        try (ConsoleClient producer = loggedIn("producer")) {
            assertThat(producer.get("/console").status()).isEqualTo(403);
        }
    }

    @Test
    void theJsonApiStillNeedsItsOwnCredentials() {
        try (ConsoleClient browser = loggedIn("admin")) {
            assertThat(browser.get("/v1/registries").status()).isEqualTo(401);
        }
    }

    private ConsoleClient loggedIn(String who) {
        ConsoleClient browser = new ConsoleClient(server.getURL());
        ConsoleClient.Page in = browser.postRaw("/console/login", Map.of("token", tokens.get(who), "next", "/console"));
        assertThat(in.status()).isEqualTo(303);
        return browser;
    }
}
