package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.content.ExportFormat;
import dev.bindery.registry.content.JsonSchemaExporter;
import dev.bindery.registry.content.SchemaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Compatibility check latency, run by {@code bench/compat.sh} (not a test).
 *
 * <ol>
 *   <li>Realistic: the 9 corpus {@code expected.openapi.json} documents converted to JSON Schema 2020-12 with
 *       {@link JsonSchemaExporter}, each paired with 8 randomly edited copies (fixed seed; the same edits as the
 *       soundness property: properties, required, types, enums, bounds, formats, content models, items). One sample =
 *       one {@link CompatibilityChecker#check} in FULL mode on parsed documents. Baseline, same run: Jackson
 *       {@code readTree} of the two documents of the pair.</li>
 *   <li>Pathological: 1,000 properties, a 55-level chain, a 40-branch discriminated oneOf and a recursive definition,
 *       against an edited copy; and a schema whose reference structure makes the work exponential, which must be
 *       refused by the comparison budget.</li>
 * </ol>
 *
 * Arguments: {@code [corpusDir] [warmupRounds] [measuredRounds]}; prints p50/p99 per kind and the ratios.
 */
public final class CompatBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CompatibilityChecker CHECKER = new CompatibilityChecker(SchemaDiff.withDefaults());

    private CompatBenchmark() {}

    record Pair(String older, String newer) {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "schemas/src/main/resources/corpus");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        System.out.printf(
                Locale.ROOT,
                "Bindery compatibility benchmark: %s, %d warm-up + %d measured rounds, %s %s, %d cores%n",
                corpus,
                warmup,
                rounds,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        List<Pair> realistic = realistic(corpus);
        long[][] realisticTimes = measure(realistic, warmup, rounds, Math.max(1, 2000 / realistic.size()));
        report("realistic (" + realistic.size() + " pairs)", realisticTimes);
        slowest(realistic, realisticTimes[1]);

        String patho = JSON.writeValueAsString(Pathological.schema(1000, 55, 40, false));
        String pathoEdited = JSON.writeValueAsString(Pathological.schema(1000, 55, 40, true));
        long[][] pathoTimes = measure(List.of(new Pair(patho, pathoEdited)), warmup, rounds, 10);
        report(
                "pathological (1,000 properties, 55 deep, 40-branch oneOf, recursive $ref; " + patho.length() / 1024
                        + " KiB)",
                pathoTimes);

        JsonNode exponential = exponential(20, "string");
        JsonNode exponentialEdited = exponential(20, "integer");
        long[] refusal = new long[rounds];
        String message = "";
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            try {
                CHECKER.check(
                        List.of(new VersionedSchema("1", exponential)),
                        exponentialEdited,
                        CompatibilityMode.FULL,
                        CompatibilityPolicy.STRICT);
                message = "not refused";
            } catch (SchemaTooComplexException e) {
                message = e.getMessage();
            }
            if (i >= warmup) {
                refusal[i - warmup] = System.nanoTime() - start;
            }
        }
        Arrays.sort(refusal);
        System.out.printf(
                Locale.ROOT,
                "%nexponential references (20 levels of anyOf over two refs): %s%n  time to refuse p50 %.1f ms, p99 %.1f ms%n",
                message,
                refusal[refusal.length / 2] / 1e6,
                percentile(refusal, 0.99) / 1e6);
    }

    private static List<Pair> realistic(Path corpus) throws IOException {
        JsonSchemaExporter exporter = new JsonSchemaExporter(JSON);
        List<Path> kinds;
        try (Stream<Path> dirs = Files.list(corpus)) {
            kinds = dirs.filter(d -> Files.exists(d.resolve("expected.openapi.json")))
                    .sorted()
                    .toList();
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no corpus/*/expected.openapi.json under " + corpus.toAbsolutePath());
        }
        List<Pair> pairs = new ArrayList<>();
        Random random = new Random(20261123L);
        for (Path kind : kinds) {
            String openApi = Files.readString(kind.resolve("expected.openapi.json"), StandardCharsets.UTF_8);
            String schema = exporter.export(SchemaType.OpenApi3, openApi, ExportFormat.DRAFT2020_12);
            JsonNode tree = JSON.readTree(schema);
            for (int i = 0; i < 8; i++) {
                pairs.add(new Pair(schema, JSON.writeValueAsString(new RandomSchemas(random).mutate(tree))));
            }
        }
        return pairs;
    }

    /** Per sample: [0] = readTree of both documents (baseline), [1] = the check on the parsed documents. */
    private static long[][] measure(List<Pair> pairs, int warmup, int rounds, int repeat) throws IOException {
        long[] parse = new long[rounds * repeat * pairs.size()];
        long[] check = new long[parse.length];
        int n = 0;
        long sink = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            for (int r = 0; r < repeat; r++) {
                for (Pair pair : pairs) {
                    long t0 = System.nanoTime();
                    JsonNode older = JSON.readTree(pair.older);
                    JsonNode newer = JSON.readTree(pair.newer);
                    long t1 = System.nanoTime();
                    CompatibilityReport report = CHECKER.check(
                            List.of(new VersionedSchema("1", older)),
                            newer,
                            CompatibilityMode.FULL,
                            CompatibilityPolicy.STRICT);
                    long t2 = System.nanoTime();
                    sink += report.findings().size();
                    if (round >= warmup) {
                        parse[n] = t1 - t0;
                        check[n] = t2 - t1;
                        n++;
                    }
                }
            }
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        return new long[][] {parse, check};
    }

    private static void report(String what, long[][] times) {
        long[] parse = times[0].clone();
        long[] check = times[1].clone();
        Arrays.sort(parse);
        Arrays.sort(check);
        double parse50 = parse[parse.length / 2] / 1e3;
        double parse99 = percentile(parse, 0.99) / 1e3;
        double check50 = check[check.length / 2] / 1e3;
        double check99 = percentile(check, 0.99) / 1e3;
        System.out.printf(Locale.ROOT, "%n%s, %d samples%n", what, check.length);
        System.out.printf(Locale.ROOT, "  check (FULL, STRICT)      p50 %9.1f us   p99 %9.1f us%n", check50, check99);
        System.out.printf(Locale.ROOT, "  readTree of both (base)   p50 %9.1f us   p99 %9.1f us%n", parse50, parse99);
        System.out.printf(
                Locale.ROOT,
                "  ratio check / readTree    p50 %9.2f      p99 %9.2f%n",
                check50 / parse50,
                check99 / parse99);
    }

    /** The pairs with the highest median check time, to show where the tail comes from. */
    private static void slowest(List<Pair> pairs, long[] check) throws IOException {
        int n = pairs.size();
        double[] median = new double[n];
        for (int p = 0; p < n; p++) {
            long[] own = new long[check.length / n];
            for (int k = 0; k < own.length; k++) {
                own[k] = check[k * n + p];
            }
            Arrays.sort(own);
            median[p] = own[own.length / 2] / 1e3;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(median[b], median[a]));
        for (int i = 0; i < 3; i++) {
            Pair pair = pairs.get(order[i]);
            List<Difference> differences =
                    SchemaDiff.withDefaults().between(JSON.readTree(pair.older), JSON.readTree(pair.newer));
            System.out.printf(
                    Locale.ROOT,
                    "  slowest pair %d: median %.1f us, %d bytes, differences %s%n",
                    order[i],
                    median[order[i]],
                    pair.older.length(),
                    differences.stream().map(d -> d.kind() + " " + d.path()).toList());
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Each level an anyOf of two references to the next level: pairing compares 4 branch pairs per level. */
    static JsonNode exponential(int levels, String leafType) throws IOException {
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            defs.append("\"L")
                    .append(i)
                    .append("\":{\"anyOf\":[{\"$ref\":\"#/$defs/L")
                    .append(i + 1)
                    .append("\"},{\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/L")
                    .append(i + 1)
                    .append("\"}}}]},");
        }
        return JSON.readTree("{\"$ref\":\"#/$defs/L0\",\"$defs\":{" + defs + "\"L" + levels + "\":{\"type\":\""
                + leafType + "\"}}}");
    }
}
