package dev.bindery.maven.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.maven.registry.FakeRegistry;
import dev.bindery.maven.registry.PatternLint;
import dev.bindery.maven.schema.RecordingConsole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check-patterns work without Maven: which files are linted, what fails the build and what is only printed. */
class PatternCheckTaskTest {
    static final String TYPO = "{\"source\":[\"com.acme\"],\"detailType\":[\"Order Placed\"]}";
    static final String BROAD = "{\"source\":[{\"prefix\":\"\"}]}";
    static final String CLEAN = "{\"source\":[\"com.acme\"]}";

    @TempDir
    Path dir;

    final FakeRegistry registry = new FakeRegistry();
    final RecordingConsole console = new RecordingConsole();

    PatternCheckTaskTest() {
        registry.answerLint(
                TYPO,
                new PatternLint(
                        List.of(new PatternLint.Finding(
                                "detailType",
                                "UNKNOWN_ENVELOPE_KEY",
                                "ERROR",
                                "'detailType' is not a field of the EventBridge envelope.",
                                "detail-type")),
                        List.of()));
        registry.answerLint(
                BROAD,
                new PatternLint(
                        List.of(new PatternLint.Finding(
                                "", "MATCHES_EVERYTHING", "WARNING", "This pattern matches every event.", null)),
                        List.of("r/a", "r/b")));
    }

    void file(String name, String content) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), content);
    }

    PatternCheckTask task(boolean failOnWarning) {
        return new PatternCheckTask(new PatternCheckRequest(dir, "orders", "team", failOnWarning), registry, console);
    }

    @Test
    void anErrorFailsNamingFilePathAndSuggestionAndEveryJsonFileBelowIsLinted() throws IOException {
        file("clean.json", CLEAN);
        file("rules/typo.json", TYPO);
        file("notes.txt", "not a pattern");
        assertThatThrownBy(() -> task(false).run())
                .isInstanceOf(PatternCheckTask.PatternCheckException.class)
                .hasMessageContaining("1 of 2 event pattern file(s)")
                .hasMessageContaining("rules/typo.json:\n  ERROR detailType [UNKNOWN_ENVELOPE_KEY]")
                .hasMessageContaining("Did you mean detail-type?")
                .hasMessageNotContaining("clean.json");
        assertThat(registry.calls).containsExactly("LintPattern orders team", "LintPattern orders team");
        assertThat(console.lines()).contains("clean.json: no findings (matches 0 schema(s))");
    }

    @Test
    void aWarningIsPrintedAndFailsOnlyWhenAsked() throws IOException {
        file("broad.json", BROAD);
        assertThat(task(false).run()).isEqualTo(1);
        assertThat(console.lines())
                .contains("WARN broad.json: WARNING (pattern) [MATCHES_EVERYTHING]: This pattern matches every event.");
        assertThatThrownBy(() -> task(true).run()).hasMessageContaining("broad.json:\n  WARNING (pattern)");
    }

    @Test
    void noDirectoryIsAWarningNotAFailure() {
        assertThat(new PatternCheckTask(
                                new PatternCheckRequest(dir.resolve("none"), "default", null, false), registry, console)
                        .run())
                .isZero();
        assertThat(console.lines()).singleElement().asString().startsWith("WARN No event pattern files");
        assertThat(registry.calls).isEmpty();
    }
}
