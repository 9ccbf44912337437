package dev.bindery.registry.console;

import static dev.bindery.registry.console.ConsoleFixtures.REGISTRY;
import static dev.bindery.registry.console.ConsoleFixtures.SCHEMA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.registry.console.view.Urls;
import dev.bindery.registry.security.PrincipalService;
import dev.bindery.registry.support.Databases;
import dev.bindery.registry.support.TempDirs;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in a real headless Chromium with authentication on: logging in and out, and a reader's limits. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserAuthTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleFixtures fixtures;

    private ChromeDriver browser;
    private PrincipalService.NewKey writerKey;
    private String readerToken;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.auth.mode", "on");
        return properties;
    }

    @BeforeAll
    void start() throws Exception {
        browser = Browsers.start(TempDirs.create("console-downloads"));
        fixtures.shop();
        writerKey = fixtures.accessKey("wendy", "writer");
        readerToken = fixtures.token("rita", "reader", List.of());
    }

    @BeforeEach
    void loggedOut() {
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWriterLogsInWithAnAccessKeyReachesThePageAskedForAndLogsOut() {
        browser.get(url(Urls.schema(REGISTRY, SCHEMA)));
        assertThat(browser.getCurrentUrl()).contains("/console/login?next=");
        Browsers.screenshot(browser, "login");
        browser.findElement(By.id("accessKeyId")).sendKeys(writerKey.accessKeyId());
        browser.findElement(By.id("secret")).sendKeys(writerKey.secretAccessKey());
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(SCHEMA);
        assertThat(browser.findElement(By.cssSelector("form.who")).getText()).contains("wendy", "writer");
        assertThat(browser.findElements(By.linkText("Upload a new version…"))).hasSize(1);
        assertThat(browser.manage().getCookieNamed("bindery_console").isHttpOnly())
                .isTrue();
        browser.findElement(By.cssSelector("form.who button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/console/login"));
        browser.get(url("/console"));
        assertThat(browser.getCurrentUrl()).contains("/console/login");
    }

    @Test
    void theLoginPageHasNoSeriousAccessibilityViolationBeforeOrAfterAFailedLogin() {
        browser.get(url("/console/login"));
        assertThat(Axe.seriousViolations(browser))
                .as("serious accessibility violations on the login page")
                .isEmpty();
        browser.findElement(By.id("token")).sendKeys("not-a-token");
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(problemShown().getText()).isNotBlank();
        assertThat(Axe.seriousViolations(browser))
                .as("serious accessibility violations on the failed login")
                .isEmpty();
    }

    @Test
    void aWrongSecretShowsWhyAndStaysOnTheLoginPage() {
        browser.get(url("/console/login"));
        browser.findElement(By.id("accessKeyId")).sendKeys(writerKey.accessKeyId());
        browser.findElement(By.id("secret")).sendKeys("wrong");
        browser.findElement(By.cssSelector("button.primary")).click();
        assertThat(problemShown().getText()).isNotBlank();
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
    }

    @Test
    void aReaderSeesNoWritersFormAndCannotSubmitOne() {
        browser.get(url("/console/login"));
        browser.findElement(By.id("token")).sendKeys(readerToken);
        browser.findElement(By.cssSelector("button.primary")).click();
        browser.get(url(Urls.schema(REGISTRY, SCHEMA)));
        assertThat(browser.findElements(By.linkText("Upload a new version…"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("button.danger"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("select#mode"))).isEmpty();
        Browsers.screenshot(browser, "schema-as-reader");
        // A writer's form, forged into the reader's page with the reader's own CSRF token, is refused.
        browser.executeScript(
                "var f = document.createElement('form'); f.method = 'post';"
                        + "f.action = arguments[0];"
                        + "[['csrf', document.querySelector('input[name=csrf]').value], ['confirm', 'yes']].forEach(function (p) {"
                        + " var i = document.createElement('input'); i.type = 'hidden'; i.name = p[0]; i.value = p[1];"
                        + " f.appendChild(i); });"
                        + "document.body.appendChild(f); f.submit();",
                Urls.schema(REGISTRY, SCHEMA) + "/versions/1/delete");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("role reader does not allow it");
        browser.get(url(Urls.version(REGISTRY, SCHEMA, 1)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(SCHEMA + " version 1");
    }

    private String url(String path) {
        return server.getURL() + path;
    }

    /**
     * The problem the login page shows after its form was sent: the answer is a new page, which may still
     * be on its way when the click returns.
     */
    private WebElement problemShown() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.problem")));
    }
}
