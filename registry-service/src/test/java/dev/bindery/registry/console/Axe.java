package dev.bindery.registry.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, from its WebJar on the test classpath (no download), run in the page a browser shows.
 * Selenium injects it through the DevTools protocol, which the console's Content-Security-Policy
 * does not govern, so the pages are checked as served.
 */
final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String SOURCE = load();

    private Axe() {}

    /**
     * The serious and critical violations of the page the browser shows, one line each: the rule id,
     * its impact, what it asks for and the CSS selector of every offending node.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(SOURCE);
        Object answer = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(function (r) { done(r.violations); }, function (e) { done(String(e)); });""");
        if (!(answer instanceof List<?> violations)) {
            throw new IllegalStateException("axe-core failed in the page: " + answer);
        }
        List<String> found = new ArrayList<>();
        for (Object item : violations) {
            Map<String, Object> violation = (Map<String, Object>) item;
            String impact = String.valueOf(violation.get("impact"));
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            for (Object node : (List<Object>) violation.get("nodes")) {
                found.add(violation.get("id") + " (" + impact + ", " + violation.get("help") + "): "
                        + ((Map<String, Object>) node).get("target"));
            }
        }
        return found;
    }

    private static String load() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the axe-core WebJar is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = WEBJAR + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException(path + " is missing from the axe-core WebJar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
