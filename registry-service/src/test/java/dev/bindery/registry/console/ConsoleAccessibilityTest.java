package dev.bindery.registry.console;

import static dev.bindery.registry.console.ConsoleFixtures.REGISTRY;
import static dev.bindery.registry.console.ConsoleFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.discovery.DiscovererService;
import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.TempDirs;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core finds no serious or critical accessibility violation on any console page, authentication
 * off (every form shown); the login page is checked in {@link ConsoleBrowserAuthTest}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleAccessibilityTest implements TestPropertyProvider {

    private static final String DISCOVERED = "com.a11y@ItemAdded";

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleFixtures fixtures;

    @Inject
    DiscovererService discoverers;

    private ChromeDriver browser;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    @BeforeAll
    void start() throws Exception {
        browser = Browsers.start(TempDirs.create("console-downloads"));
        fixtures.shop();
        discoverers.create(
                "arn:aws:events:us-east-1:123456789012:event-bus/orders", "Learns the orders bus", null, Map.of());
        ConsoleFixtures.publishItemsAdded(server.getURL(), "com.a11y");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReadingPagesHaveNoSeriousViolation() {
        for (String path : List.of(
                "/console",
                "/console/search?q=giftNote",
                Urls.registry(REGISTRY),
                Urls.schema(REGISTRY, SCHEMA),
                Urls.version(REGISTRY, SCHEMA, 1),
                Urls.diff(REGISTRY, SCHEMA, 1, 2),
                "/console/discoverers",
                "/console/registries/no-such-registry")) {
            assertNoSeriousViolation(path);
        }
    }

    @Test
    void theSchemaPageWithDiscoveryStatisticsHasNoSeriousViolation() {
        assertNoSeriousViolation(Urls.schema("discovered-schemas", DISCOVERED));
        assertThat(browser.findElements(By.cssSelector("table.stats meter"))).isNotEmpty();
    }

    @Test
    void theFormsAndTheirConfirmationStepsHaveNoSeriousViolation() {
        assertNoSeriousViolation(Urls.registry(REGISTRY) + "/upload?schema=" + SCHEMA);
        clickAndAwaitTheNextPage(By.cssSelector("form.stack button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertNoSeriousViolationHere();
        browser.get(url(Urls.schema(REGISTRY, SCHEMA)));
        clickAndAwaitTheNextPage(By.cssSelector("button.danger"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Delete");
        assertNoSeriousViolationHere();
    }

    /** Clicks and waits until the page it leads to has loaded: the old page's heading gone, a new one there. */
    private void clickAndAwaitTheNextPage(By button) {
        WebElement before = browser.findElement(By.tagName("h1"));
        // A script click: ChromeDriver's own click may inspect the button after the form's navigation
        // has replaced its document, and fail although the click worked.
        browser.executeScript("arguments[0].click();", browser.findElement(button));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    @Test
    void aViolationPlantedInAPageIsReportedWithItsRuleAndNode() {
        browser.get(url("/console"));
        browser.executeScript("var b = document.createElement('button'); b.id = 'planted';"
                + "document.querySelector('main').appendChild(b);");
        assertThat(Axe.seriousViolations(browser))
                .anyMatch(v -> v.startsWith("button-name (critical") && v.contains("#planted"));
    }

    private void assertNoSeriousViolation(String path) {
        browser.get(url(path));
        assertNoSeriousViolationHere();
    }

    private void assertNoSeriousViolationHere() {
        assertThat(Axe.seriousViolations(browser))
                .as("serious accessibility violations on %s", browser.getCurrentUrl())
                .isEmpty();
    }

    private String url(String path) {
        return server.getURL() + path;
    }
}
