package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.GeneratorOptions.Style;
import dev.bindery.codegen.plan.Planner;
import dev.bindery.codegen.read.SchemaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lossless contract over the reference corpus ({@code schemas/src/main/resources/corpus}): for every
 * kind and variant, generate from {@code expected.openapi.json}, compile once with {@code -Xlint:all -Werror},
 * then unmarshal every full envelope of {@code events.ndjson} with the generated marshaller, marshal it back
 * and compare as JSON values ({@link JsonValues#equal}). A missing corpus fails the test.
 */
class CorpusLosslessTest {
    /** Relative to the codegen module directory, where Maven runs the tests. */
    static final Path CORPUS = Path.of("..", "schemas", "src", "main", "resources", "corpus");

    static final List<String> KINDS = List.of(
            "banking-application-submitted",
            "banking-application-approved",
            "banking-application-rejected",
            "banking-application-flagged-for-review",
            "basket-checkout",
            "s3-object-level-cloudtrail",
            "rds-db-snapshot-event",
            "ec2-instance-state-change",
            "zendesk-ticket-priority-changed");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String kind : KINDS) {
            cases.add(Arguments.of(kind, Style.RECORDS, Layout.BINDERY));
            cases.add(Arguments.of(kind, Style.CLASSES, Layout.BINDERY));
            cases.add(Arguments.of(kind, Style.CLASSES, Layout.EVENTBRIDGE));
        }
        return cases.stream();
    }

    static Path kindDir(String kind) {
        Path dir = CORPUS.resolve(kind);
        assertThat(dir.resolve("expected.openapi.json"))
                .as("corpus missing (cwd %s)", Path.of("").toAbsolutePath())
                .isRegularFile();
        assertThat(dir.resolve("events.ndjson"))
                .as("corpus missing (cwd %s)", Path.of("").toAbsolutePath())
                .isRegularFile();
        return dir;
    }

    /** The generated root (detail) class for a document and options. */
    static String rootClass(String schema, GeneratorOptions options) {
        return Planner.plan(SchemaReader.readString(SchemaReader.TEXT_NAME, schema), options, options.packageName())
                .rootType()
                .toString();
    }

    @ParameterizedTest(name = "{0} as {1}, {2} layout")
    @MethodSource("cases")
    void everyCorpusEventSurvivesARoundTrip(String kind, Style style, Layout layout) throws IOException {
        Path dir = kindDir(kind);
        String schema = Files.readString(dir.resolve("expected.openapi.json"), StandardCharsets.UTF_8);
        GeneratorOptions options =
                GeneratorOptions.defaults().withStyle(style).withLayout(layout).withPackageName("test.corpus");
        List<GeneratedFile> files = Generator.generate(schema, options);
        CompiledBinding binding = CompiledBinding.compile(files, options.usesRecords() ? 17 : 8);
        Class<?> root = binding.load(rootClass(schema, options));
        List<String> lines = Files.readAllLines(dir.resolve("events.ndjson"), StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            checked++;
            String back;
            try {
                back = binding.marshal(binding.unmarshalEvent(line, root));
            } catch (AssertionError | RuntimeException e) {
                failures.add("line " + (i + 1) + ": " + e.getMessage());
                continue;
            }
            JsonNode in = JsonValues.parse(line);
            JsonNode out = JsonValues.parse(back);
            if (!JsonValues.equal(in, out)) {
                failures.add("line " + (i + 1) + ": " + firstDifference("", in, out));
            }
        }
        assertThat(checked).isGreaterThan(0);
        assertThat(failures)
                .as("%s (%s, %s): %d of %d events not kept; first ones", kind, style, layout, failures.size(), checked)
                .isEmpty();
    }

    /** The JSON pointer of the first difference, with expected and actual values there. */
    static String firstDifference(String pointer, JsonNode a, JsonNode b) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!b.has(name)) {
                    return pointer + "/" + name + ": expected " + a.get(name) + ", actual absent";
                }
                if (!JsonValues.equal(a.get(name), b.get(name))) {
                    return firstDifference(pointer + "/" + name, a.get(name), b.get(name));
                }
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!a.has(name)) {
                    return pointer + "/" + name + ": expected absent, actual " + b.get(name);
                }
            }
        }
        if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (!JsonValues.equal(a.get(i), b.get(i))) {
                    return firstDifference(pointer + "/" + i, a.get(i), b.get(i));
                }
            }
        }
        return (pointer.isEmpty() ? "/" : pointer) + ": expected " + a + ", actual " + b;
    }
}
