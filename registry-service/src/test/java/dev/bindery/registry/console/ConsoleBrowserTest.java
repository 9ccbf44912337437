package dev.bindery.registry.console;

import static dev.bindery.registry.console.ConsoleFixtures.REGISTRY;
import static dev.bindery.registry.console.ConsoleFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.TempDirs;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in a real headless Chromium, authentication off: what a person does, page by page. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleFixtures fixtures;

    private ChromeDriver browser;
    private Path downloads;

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }

    @BeforeAll
    void start() throws Exception {
        downloads = TempDirs.create("console-downloads");
        browser = Browsers.start(downloads);
        fixtures.shop();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonNavigatesFromTheRegistriesToASchemaAndAnOlderVersion() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/console"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Registries");
        Browsers.screenshot(browser, "home");
        browser.findElement(By.linkText(REGISTRY)).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(REGISTRY);
        Browsers.screenshot(browser, "registry");
        browser.findElement(By.linkText(SCHEMA)).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SCHEMA + " version 2");
        assertThat(browser.findElement(By.cssSelector("tr.breaking")).getText()).contains("/properties/amount");
        Browsers.screenshot(browser, "schema");
        browser.findElement(By.cssSelector("ol.versions"))
                .findElement(By.linkText("1"))
                .click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SCHEMA + " version 1");
        WebElement tree = browser.findElement(By.cssSelector("details.tree-box"));
        tree.findElement(By.tagName("summary")).click();
        assertThat(tree.getText()).contains("components", "OrderPlaced");
    }

    @Test
    void searchFromTheHeaderFindsASchemaByItsContent() {
        browser.get(url("/console"));
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("giftNote", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/console/search"));
        assertThat(browser.findElement(By.cssSelector("ul.hits")).getText()).contains(SCHEMA);
        Browsers.screenshot(browser, "search");
        browser.findElement(By.linkText(SCHEMA)).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(SCHEMA);
    }

    @Test
    void theDiffShowsTheBreakingFindingAndChangedLines() {
        browser.get(url(Urls.schema(REGISTRY, SCHEMA)));
        browser.findElement(By.linkText("Compare with the previous version")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("version 1 → 2");
        WebElement breaking = browser.findElement(By.cssSelector("table.findings tr.breaking"));
        assertThat(breaking.getText()).contains("/properties/amount", "Breaking");
        assertThat(breaking.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(browser.findElements(By.cssSelector("table.diff tr.d-changed")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("table.diff tr.d-added")))
                .isNotEmpty();
        Browsers.screenshot(browser, "diff");
    }

    @Test
    void aCodeBindingZipDownloadsAndHoldsJavaSources() throws Exception {
        browser.get(url(Urls.schema(REGISTRY, SCHEMA)));
        browser.findElement(By.linkText("Java 17 binding (zip)")).click();
        List<Path> files = new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            List<Path> done = Browsers.downloads(downloads);
            return done.isEmpty() ? null : done;
        });
        assertThat(files.get(0).getFileName().toString()).isEqualTo("com.shop-OrderPlaced-2-Java17.zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(files.get(0)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).anyMatch(name -> name.endsWith("OrderPlaced.java"));
    }

    @Test
    void discoveryStatisticsAppearAfterEventsArePublished() {
        ConsoleFixtures.publishItemsAdded(server.getURL(), "com.browser");
        browser.get(url(Urls.schema("discovered-schemas", "com.browser@ItemAdded")));
        WebElement stats = browser.findElement(By.cssSelector("table.stats"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("4 events");
        WebElement coupon = stats.findElements(By.tagName("tr")).stream()
                .filter(row -> row.getText().contains("/detail/coupon"))
                .findFirst()
                .orElseThrow();
        assertThat(coupon.getText()).contains("50%", "optional", "SPRING");
        assertThat(coupon.findElement(By.tagName("meter")).getAttribute("value"))
                .isEqualTo("50");
        Browsers.screenshot(browser, "discovery-statistics");
    }

    @Test
    void atPhoneWidthNothingScrollsSidewaysAndTheKeyboardReachesTheSkipLink() {
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(url(Urls.schema(REGISTRY, SCHEMA)));
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            Browsers.screenshot(browser, "schema-390px");
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String url(String path) {
        return server.getURL() + path;
    }
}
