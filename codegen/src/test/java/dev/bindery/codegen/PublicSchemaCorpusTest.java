package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.plan.Planner;
import dev.bindery.codegen.read.SchemaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Codegen on a public corpus of real-world JSON Schemas with documents valid against them (quicktype's test
 * inputs: {@code NAME.schema} with {@code NAME.N.json}): each schema is generated, compiled with
 * {@code javac -Xlint:all -Werror}, and each document unmarshalled and marshalled back, compared as JSON values.
 * Prints the share that generates and compiles and the share whose documents all round-trip, and asserts
 * floors. Not part of the repository: the corpus directory is {@code -Dbindery.corpus.quicktype=<dir>}, by
 * default {@code ../../shared/corpora/quicktype-inputs/schema}; the test is skipped when it is absent.
 *
 * <p>Run: {@code ./mvnw -B -q -o -pl codegen test -Dtest=PublicSchemaCorpusTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PublicSchemaCorpusTest {
    static final Path CORPUS =
            Path.of(System.getProperty("bindery.corpus.quicktype", "../../shared/corpora/quicktype-inputs/schema"));
    /**
     * Floors under the measured shares (54 schemas: 52 compile, 51 round-trip all their documents; before issue
     * #15 items 6, 7, 10 and the fixes this corpus found: 50 and 47).
     */
    static final double COMPILE_FLOOR = 0.94;

    static final double ROUND_TRIP_FLOOR = 0.92;

    /** What happened to one schema. */
    record Outcome(String schema, boolean compiled, boolean roundTripped, String problem) {}

    @Test
    void publicSchemasGenerateCompileAndRoundTripTheirDocuments() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS.toAbsolutePath());
        List<Path> schemas;
        try (Stream<Path> files = Files.list(CORPUS)) {
            schemas = files.filter(p -> p.getFileName().toString().endsWith(".schema"))
                    .sorted()
                    .toList();
        }
        assertThat(schemas).hasSizeGreaterThan(20);
        List<Outcome> outcomes = new ArrayList<>();
        for (Path schema : schemas) {
            outcomes.add(check(schema));
        }
        long compiled = outcomes.stream().filter(Outcome::compiled).count();
        long roundTripped = outcomes.stream().filter(Outcome::roundTripped).count();
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "public schema corpus %s: %d schemas, %d compile (%.1f%%), "
                        + "%d round-trip every document (%.1f%%)%n",
                CORPUS,
                outcomes.size(),
                compiled,
                100.0 * compiled / outcomes.size(),
                roundTripped,
                100.0 * roundTripped / outcomes.size()));
        outcomes.stream()
                .filter(o -> !o.roundTripped())
                .forEach(o -> report.append("  ")
                        .append(o.schema())
                        .append(": ")
                        .append(o.problem())
                        .append('\n'));
        System.out.print(report);
        assertThat((double) compiled / outcomes.size()).as(report.toString()).isGreaterThanOrEqualTo(COMPILE_FLOOR);
        assertThat((double) roundTripped / outcomes.size())
                .as(report.toString())
                .isGreaterThanOrEqualTo(ROUND_TRIP_FLOOR);
    }

    /** The documents that belong to {@code NAME.schema}: {@code NAME.json} and {@code NAME.N.json}, not quicktype's fail or out files. */
    static List<Path> documents(Path schema) throws IOException {
        String name = schema.getFileName().toString().replaceFirst("\\.schema$", "");
        try (Stream<Path> files = Files.list(schema.getParent())) {
            return files.filter(p -> {
                        String f = p.getFileName().toString();
                        return f.equals(name + ".json")
                                || f.matches(java.util.regex.Pattern.quote(name) + "\\.[0-9]+\\.json");
                    })
                    .sorted()
                    .toList();
        }
    }

    static Outcome check(Path schemaFile) throws IOException {
        String name = schemaFile.getFileName().toString();
        // one schema refers to another by its published URL: generated offline, as a user would, with a ref-map
        GeneratorOptions options = GeneratorOptions.defaults()
                .withPackageName("corpus.q")
                .withRefMappings(List.of(new RefMapping(
                        "https://raw.githubusercontent.com/quicktype/quicktype/master/test/inputs/schema/",
                        schemaFile.getParent())));
        CompiledBinding binding;
        Class<?> root;
        try {
            List<GeneratedFile> files = Generator.generate(schemaFile, options);
            binding = CompiledBinding.compile(files, 17);
            root = binding.load(Planner.plan(
                            SchemaReader.readPath(schemaFile, options.refMappings()), options, options.packageName())
                    .rootType()
                    .toString());
        } catch (CodegenException e) {
            return new Outcome(name, false, false, "refused: " + e.getMessage());
        } catch (AssertionError | RuntimeException e) {
            return new Outcome(name, false, false, "does not compile: " + firstLine(e.getMessage()));
        }
        List<Path> documents = documents(schemaFile);
        if (documents.isEmpty()) {
            return new Outcome(name, true, true, null);
        }
        for (Path document : documents) {
            String json = Files.readString(document, StandardCharsets.UTF_8);
            JsonNode expected = JsonValues.parse(json);
            try {
                JsonNode back = JsonValues.parse(binding.roundTrip(json, root));
                if (!JsonValues.equal(expected, back)) {
                    return new Outcome(
                            name,
                            true,
                            false,
                            document.getFileName() + " came back different: " + firstLine(back.toString()));
                }
            } catch (AssertionError | RuntimeException e) {
                return new Outcome(
                        name, true, false, document.getFileName() + " does not read: " + firstLine(e.getMessage()));
            }
        }
        return new Outcome(name, true, true, null);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
