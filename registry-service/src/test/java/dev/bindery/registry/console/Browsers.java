package dev.bindery.registry.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, driven through the Debian packages' chromedriver (no
 * driver download). Tests that need it are skipped, saying why, when {@code /usr/bin/chromedriver}
 * is absent. Screenshots go to {@code target/console-screenshots/}.
 */
final class Browsers {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private Browsers() {}

    /** A headless browser 1280 px wide that saves downloads to {@code downloads}. */
    static ChromeDriver start(Path downloads) {
        assumeTrue(
                Files.isExecutable(DRIVER),
                "browser tests skipped: " + DRIVER
                        + " is absent (install the Debian packages chromium and chromium-driver, as .ci/run does)");
        ChromeOptions options = new ChromeOptions();
        Path binary = Path.of("/usr/bin/chromium");
        if (Files.isExecutable(binary)) {
            options.setBinary(binary.toFile());
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,900",
                "--lang=en-US");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory", downloads.toAbsolutePath().toString(),
                        "download.prompt_for_download", false,
                        "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves what the browser shows as {@code target/console-screenshots/<name>.png}. */
    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished downloads in a directory (Chromium writes {@code .crdownload} files until done). */
    static List<Path> downloads(Path directory) {
        try (var files = Files.list(directory)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
