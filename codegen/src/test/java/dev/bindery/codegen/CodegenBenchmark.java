package dev.bindery.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import com.sun.codemodel.CodeWriter;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JPackage;
import dev.bindery.codegen.emit.Emitter;
import dev.bindery.codegen.model.SchemaDocument;
import dev.bindery.codegen.plan.Planner;
import dev.bindery.codegen.read.SchemaReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jackson2Annotator;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.jsonschema2pojo.rules.RuleFactory;

/**
 * The codegen benchmarks, run by {@code bench/codegen.sh} (not a test).
 *
 * <ol>
 *   <li>Generation throughput, schemas/s: Bindery codegen (records, bindery layout) against jsonschema2pojo 1.3.3
 *       ({@code SchemaMapper} + {@code RuleFactory} + {@code DefaultGenerationConfig} + {@code Jackson2Annotator}) on
 *       the same inputs, each doing parse + generate + write sources (to a counting null sink, so disk speed is not
 *       measured). Inputs: the 9 corpus {@code expected.openapi.json} files (Bindery reads the OpenAPI document;
 *       jsonschema2pojo, which does not read OpenAPI, gets the same schemas converted beforehand, outside the timing:
 *       the {@code AWSEvent} component as root, the other {@code components.schemas} as {@code definitions},
 *       {@code $ref}s rewritten) and 200 synthetic JSON Schemas (fixed seed: nested objects, arrays of scalars and
 *       objects, string enums, formats, optional and nullable properties) given as the same text to both.</li>
 *   <li>Marshalling throughput, MB/s (10^6 bytes of input JSON): every corpus event unmarshalled as a full envelope
 *       and marshalled back with the generated classes (records, bindery layout, compiled with javac), against Jackson
 *       {@code readTree} + {@code writeValueAsBytes} (a default {@code ObjectMapper}) of the same bytes.</li>
 * </ol>
 *
 * Each measurement: warm-up rounds until the JIT compiler has settled (see {@link #warmUp}), then measured rounds,
 * tools interleaved round by round (alternating which goes first); best and mean wall-clock throughput reported, and the ratio of mean JVM CPU time per round (see {@link #cpu()}),
 * which is the figure to trust on a machine shared with other work.
 * Arguments: {@code [corpusDir] [minimumWarmupRounds] [measuredRounds] [generation|marshalling|all]}; {@code bench/codegen.sh}
 * runs the two parts in separate JVMs, so that neither inherits the other's JIT profile (generation parses schemas with
 * {@code readTree}, and the tree baseline measured after it ran slower than in a fresh JVM).
 */
public final class CodegenBenchmark {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> KINDS = CorpusLosslessTest.KINDS;

    private CodegenBenchmark() {}

    public static void main(String[] args) throws Throwable {
        Path corpus = Path.of(args.length > 0 ? args[0] : "schemas/src/main/resources/corpus");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String part = args.length > 3 ? args[3] : "all";
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("corpus not found: " + corpus.toAbsolutePath());
        }
        System.out.printf(
                Locale.ROOT,
                "Bindery codegen benchmark (%s): %s, at least %d warm-up + %d measured rounds, %s %s, %d cores%n",
                part,
                corpus,
                warmup,
                rounds,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (!part.equals("marshalling")) {
            generationPart(corpus, warmup, rounds);
        }
        if (!part.equals("generation")) {
            System.out.println();
            System.out.println("2. Marshalling throughput (unmarshal + marshal full envelopes), MB/s of input JSON");
            marshalling(corpus, warmup, rounds);
        }
    }

    static void generationPart(Path corpus, int warmup, int rounds) throws Throwable {
        List<String> corpusOpenApi = new ArrayList<>();
        List<String> corpusJsonSchema = new ArrayList<>();
        for (String kind : KINDS) {
            String openApi =
                    Files.readString(corpus.resolve(kind).resolve("expected.openapi.json"), StandardCharsets.UTF_8);
            corpusOpenApi.add(openApi);
            corpusJsonSchema.add(toJsonSchema(openApi));
        }
        List<String> synthetic = new ArrayList<>();
        Random random = new Random(20261123L);
        for (int i = 0; i < 200; i++) {
            synthetic.add(JSON.writeValueAsString(syntheticSchema(random, i)));
        }

        System.out.println();
        System.out.println("1. Generation throughput (parse + generate + write sources), schemas/s");
        double[] c = generation("corpus (9 OpenAPI docs)", corpusOpenApi, corpusJsonSchema, warmup, rounds);
        double[] s = generation("synthetic (200 JSON Schemas)", synthetic, synthetic, warmup, rounds);
        List<String> allBindery = new ArrayList<>(corpusOpenApi);
        allBindery.addAll(synthetic);
        List<String> allJ2p = new ArrayList<>(corpusJsonSchema);
        allJ2p.addAll(synthetic);
        double[] a = generation("all (209 schemas)", allBindery, allJ2p, warmup, rounds);
        System.out.printf(
                Locale.ROOT,
                "   ratio Bindery / jsonschema2pojo (mean): corpus %.2fx, synthetic %.2fx, all %.2fx (target >= 3x)%n",
                c[0] / c[1],
                s[0] / s[1],
                a[0] / a[1]);
        System.out.printf(
                Locale.ROOT,
                "   ratio by CPU time:                      corpus %.2fx, synthetic %.2fx, all %.2fx%n",
                c[2],
                s[2],
                a[2]);
        renderingAlone(allBindery, a[3], warmup, rounds);
    }

    // ---------------------------------------------------------------- generation

    /** Returns {Bindery mean schemas/s, jsonschema2pojo mean schemas/s, CPU ratio, jsonschema2pojo mean CPU ns per round}. */
    static double[] generation(String label, List<String> binderyInputs, List<String> j2pInputs, int warmup, int rounds)
            throws Throwable {
        String warm = warmUp(warmup, () -> bindery(binderyInputs) + jsonschema2pojo(j2pInputs));
        long jit0 = jitMillis();
        Timings binderyTimes = new Timings(rounds);
        Timings j2pTimes = new Timings(rounds);
        interleave(rounds, () -> bindery(binderyInputs), binderyTimes, () -> jsonschema2pojo(j2pInputs), j2pTimes);
        long[] b = binderyTimes.wall;
        long[] j = j2pTimes.wall;
        long[] bCpu = binderyTimes.cpu;
        long[] jCpu = j2pTimes.cpu;
        long bBytes = binderyTimes.bytes;
        long jBytes = j2pTimes.bytes;
        System.out.printf(
                Locale.ROOT,
                "   %-30s %s; JIT compilation during the measured rounds: %d ms%n",
                label,
                warm,
                jitMillis() - jit0);
        double bMean = binderyInputs.size() / seconds(mean(b));
        double jMean = j2pInputs.size() / seconds(mean(j));
        System.out.printf(
                Locale.ROOT,
                "   %-30s Bindery %8.1f best %8.1f mean (%,d bytes of source/round)%n",
                label,
                binderyInputs.size() / seconds(min(b)),
                bMean,
                bBytes);
        System.out.printf(
                Locale.ROOT,
                "   %-30s j2p     %8.1f best %8.1f mean (%,d bytes of source/round)   ratio %.2fx%n",
                "",
                j2pInputs.size() / seconds(min(j)),
                jMean,
                jBytes,
                bMean / jMean);
        System.out.printf(
                Locale.ROOT,
                "   %-30s by CPU time: Bindery %.1f, j2p %.1f schemas per CPU-second   ratio %.2fx%n",
                "",
                binderyInputs.size() / seconds(mean(bCpu)),
                j2pInputs.size() / seconds(mean(jCpu)),
                mean(jCpu) / mean(bCpu));
        return new double[] {bMean, jMean, mean(jCpu) / mean(bCpu), mean(jCpu)};
    }

    /**
     * JavaPoet's share on its own: Bindery's files for {@code inputs} are read, planned and built as JavaPoet specs
     * beforehand, and only their rendering ({@code JavaFile.toString()}, as {@link Emitter#emit} does it) is timed. Its
     * CPU time against jsonschema2pojo's whole job ({@code j2pCpuPerRound}, measured just before on the same inputs) is
     * the highest ratio any generator that renders this output through JavaPoet could reach.
     */
    static void renderingAlone(List<String> inputs, double j2pCpuPerRound, int warmup, int rounds) throws Throwable {
        List<JavaFile> files = new ArrayList<>();
        GeneratorOptions defaults = GeneratorOptions.defaults();
        for (int i = 0; i < inputs.size(); i++) {
            GeneratorOptions options = defaults.withPackageName("bench.b" + i);
            SchemaDocument document = SchemaReader.readString(SchemaReader.TEXT_NAME, inputs.get(i));
            files.addAll(Emitter.declarationFiles(
                    Planner.plan(document, options, options.packageName()),
                    options,
                    Generator.schemaName(document, options)));
        }
        warmUp(warmup, () -> render(files));
        Timings rendering = new Timings(rounds);
        for (int i = 0; i < rounds; i++) {
            rendering.time(i, () -> render(files));
        }
        long[] cpu = rendering.cpu;
        long bytes = rendering.bytes;
        System.out.printf(
                Locale.ROOT,
                "   JavaPoet rendering alone (all, specs built beforehand): %.1f schemas per CPU-second "
                        + "(%,d bytes/round), %.2fx jsonschema2pojo's whole job: the ceiling for output rendered by JavaPoet%n",
                inputs.size() / seconds(mean(cpu)),
                bytes,
                j2pCpuPerRound / mean(cpu));
    }

    static long render(List<JavaFile> files) {
        long bytes = 0;
        for (JavaFile f : files) {
            bytes += f.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    /** Bindery: read + plan + emit each document, then write every source file (UTF-8) to a null sink. */
    static long bindery(List<String> inputs) throws IOException {
        CountingSink sink = new CountingSink();
        GeneratorOptions options = GeneratorOptions.defaults();
        for (int i = 0; i < inputs.size(); i++) {
            for (GeneratedFile f : Generator.generate(inputs.get(i), options.withPackageName("bench.b" + i))) {
                sink.write(f.content().getBytes(StandardCharsets.UTF_8));
            }
        }
        return sink.count;
    }

    /** jsonschema2pojo: a fresh code model and schema store per schema, generate, then build the sources to a null sink. */
    static long jsonschema2pojo(List<String> inputs) throws IOException {
        GenerationConfig config = new DefaultGenerationConfig();
        CountingSink sink = new CountingSink();
        for (int i = 0; i < inputs.size(); i++) {
            JCodeModel model = new JCodeModel();
            SchemaMapper mapper = new SchemaMapper(
                    new RuleFactory(config, new Jackson2Annotator(config), new SchemaStore()), new SchemaGenerator());
            mapper.generate(model, "Root", "bench.j" + i, inputs.get(i));
            model.build(new CodeWriter() {
                @Override
                public OutputStream openBinary(JPackage pkg, String fileName) {
                    return sink.unclosable();
                }

                @Override
                public void close() {}
            });
        }
        return sink.count;
    }

    /** OpenAPI (EventBridge layout) to JSON Schema for jsonschema2pojo: AWSEvent as root, other components as definitions. */
    static String toJsonSchema(String openApi) throws IOException {
        JsonNode components = JSON.readTree(openApi).path("components").path("schemas");
        ObjectNode root = ((ObjectNode) components.get("AWSEvent")).deepCopy();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        ObjectNode definitions = root.putObject("definitions");
        for (Iterator<Map.Entry<String, JsonNode>> it = components.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("AWSEvent")) {
                definitions.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        rewriteRefs(root);
        return JSON.writeValueAsString(root);
    }

    static void rewriteRefs(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.textValue().startsWith("#/components/schemas/")) {
                o.put("$ref", "#/definitions/" + ref.textValue().substring("#/components/schemas/".length()));
            }
            o.forEach(CodegenBenchmark::rewriteRefs);
        } else if (node.isArray()) {
            node.forEach(CodegenBenchmark::rewriteRefs);
        }
    }

    static final String[] WORDS = {
        "order",
        "customer",
        "item",
        "price",
        "status",
        "address",
        "line",
        "city",
        "country",
        "amount",
        "currency",
        "created",
        "updated",
        "note",
        "tag",
        "owner",
        "region",
        "account",
        "payment",
        "method",
        "quantity",
        "product",
        "shipment",
        "carrier",
        "tracking",
        "event",
        "source",
        "version",
        "score",
        "flag"
    };
    static final String[] FORMATS = {"date-time", "date", "uuid", "uri", "email", null, null};

    /** A root object schema: 6 to 14 properties, nested objects (depth ≤ 3), arrays, enums, formats, optional/nullable. */
    static ObjectNode syntheticSchema(Random r, int index) {
        ObjectNode schema = objectSchema(r, 0);
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "Synthetic" + index);
        schema.put("description", "Synthetic benchmark schema " + index);
        return schema;
    }

    static ObjectNode objectSchema(Random r, int depth) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        int n = depth == 0 ? 6 + r.nextInt(9) : 2 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            String name = WORDS[r.nextInt(WORDS.length)]
                    + (r.nextBoolean() ? "" : capitalise(WORDS[r.nextInt(WORDS.length)]));
            if (props.has(name)) {
                continue;
            }
            props.set(name, propertySchema(r, depth));
            if (r.nextInt(3) > 0) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            o.set("required", required);
        }
        if (r.nextInt(4) == 0) {
            o.put("additionalProperties", false);
        }
        return o;
    }

    static JsonNode propertySchema(Random r, int depth) {
        int kind = r.nextInt(depth < 3 ? 9 : 6);
        ObjectNode p = JSON.createObjectNode();
        switch (kind) {
            case 0, 1 -> {
                String format = FORMATS[r.nextInt(FORMATS.length)];
                typeMaybeNullable(p, "string", r);
                if (format != null) {
                    p.put("format", format);
                }
            }
            case 2 -> {
                typeMaybeNullable(p, "integer", r);
                if (r.nextBoolean()) {
                    p.put("format", "int64");
                }
            }
            case 3 -> typeMaybeNullable(p, "number", r);
            case 4 -> typeMaybeNullable(p, "boolean", r);
            case 5 -> {
                p.put("type", "string");
                ArrayNode values = p.putArray("enum");
                int m = 2 + r.nextInt(5);
                for (int i = 0; i < m; i++) {
                    values.add(WORDS[r.nextInt(WORDS.length)].toUpperCase(Locale.ROOT) + "_" + i);
                }
            }
            case 6 -> {
                p.put("type", "array");
                ObjectNode items = p.putObject("items");
                items.put("type", r.nextBoolean() ? "string" : "integer");
            }
            case 7 -> {
                p.put("type", "array");
                p.set("items", objectSchema(r, depth + 1));
            }
            default -> {
                return objectSchema(r, depth + 1);
            }
        }
        if (r.nextInt(3) == 0) {
            p.put("description", "A " + WORDS[r.nextInt(WORDS.length)] + " value.");
        }
        return p;
    }

    static void typeMaybeNullable(ObjectNode p, String type, Random r) {
        if (r.nextInt(4) == 0) {
            p.putArray("type").add(type).add("null");
        } else {
            p.put("type", type);
        }
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- marshalling

    /**
     * One corpus kind with its generated Marshaller's two methods. They are called through method handles of an exact,
     * erased type: an application calls them directly, and {@code Method.invoke} would charge the generated side for
     * reflective access checks (its one-entry cache misses when nine Marshaller classes alternate) that it never pays.
     */
    record Kind(String name, MethodHandle unmarshalEvent, MethodHandle marshal, Class<?> root, List<byte[]> events) {}

    /** Passes over the events per marshalling round: a round of one pass (about 0.1 s) is too short to time well. */
    static final int PASSES = 4;

    static final MethodType UNMARSHAL_EVENT = MethodType.methodType(Object.class, InputStream.class, Class.class);
    static final MethodType MARSHAL = MethodType.methodType(void.class, OutputStream.class, Object.class);

    static void marshalling(Path corpus, int warmup, int rounds) throws Throwable {
        List<Kind> kinds = new ArrayList<>();
        long bytes = 0;
        int count = 0;
        for (String kind : KINDS) {
            Path dir = corpus.resolve(kind);
            String schema = Files.readString(dir.resolve("expected.openapi.json"), StandardCharsets.UTF_8);
            GeneratorOptions options = GeneratorOptions.defaults().withPackageName("bench.m");
            CompiledBinding binding = CompiledBinding.compileSharingJackson(Generator.generate(schema, options), 17);
            Class<?> marshaller = binding.load("bench.m.Marshaller");
            Class<?> root = binding.load(
                    Planner.plan(SchemaReader.readString(SchemaReader.TEXT_NAME, schema), options, "bench.m")
                            .rootType()
                            .toString());
            List<byte[]> events = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("events.ndjson"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    byte[] b = line.getBytes(StandardCharsets.UTF_8);
                    events.add(b);
                    bytes += b.length;
                    count++;
                }
            }
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            kinds.add(new Kind(
                    kind,
                    lookup.unreflect(marshaller.getMethod("unmarshalEvent", InputStream.class, Class.class))
                            .asType(UNMARSHAL_EVENT),
                    lookup.unreflect(marshaller.getMethod("marshal", OutputStream.class, Object.class))
                            .asType(MARSHAL),
                    root,
                    events));
        }
        System.out.printf(
                Locale.ROOT,
                "   %d events, %,d bytes, 9 kinds (generated classes compiled once per kind), %d passes per round%n",
                count,
                bytes,
                PASSES);
        String warm = warmUp(warmup, () -> generated(kinds) + jackson(kinds));
        long jit0 = jitMillis();
        Timings generatedTimes = new Timings(rounds);
        Timings treeTimes = new Timings(rounds);
        interleave(rounds, () -> generated(kinds), generatedTimes, () -> jackson(kinds), treeTimes);
        long[] g = generatedTimes.wall;
        long[] j = treeTimes.wall;
        long[] gCpu = generatedTimes.cpu;
        long[] jCpu = treeTimes.cpu;
        System.out.printf(
                Locale.ROOT, "   %s; JIT compilation during the measured rounds: %d ms%n", warm, jitMillis() - jit0);
        double mb = PASSES * bytes / 1e6;
        double gMean = mb / seconds(mean(g));
        double jMean = mb / seconds(mean(j));
        System.out.printf(
                Locale.ROOT,
                "   generated records (bindery)    %8.1f best %8.1f mean MB/s%n",
                mb / seconds(min(g)),
                gMean);
        System.out.printf(
                Locale.ROOT,
                "   Jackson readTree+writeValue    %8.1f best %8.1f mean MB/s%n",
                mb / seconds(min(j)),
                jMean);
        System.out.printf(
                Locale.ROOT, "   ratio generated / Jackson tree (mean): %.2fx (target >= 0.8x)%n", gMean / jMean);
        System.out.printf(
                Locale.ROOT,
                "   by CPU time: generated %.1f, Jackson tree %.1f MB per CPU-second   ratio %.2fx%n",
                mb / seconds(mean(gCpu)),
                mb / seconds(mean(jCpu)),
                mean(jCpu) / mean(gCpu));
        System.out.println("   per kind (one more round each, after the above), generated vs Jackson tree MB/s:");
        for (Kind k : kinds) {
            long kb = 0;
            for (byte[] e : k.events()) {
                kb += e.length;
            }
            List<Kind> one = List.of(k);
            long t0 = System.nanoTime();
            generated(one);
            long t1 = System.nanoTime();
            jackson(one);
            long t2 = System.nanoTime();
            double kmb = PASSES * kb / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "     %-40s %7.1f %7.1f  %.2fx%n",
                    k.name(),
                    kmb / seconds(t1 - t0),
                    kmb / seconds(t2 - t1),
                    (double) (t2 - t1) / (t1 - t0));
        }
    }

    /** Unmarshals and marshals back every event of {@code kinds}, {@link #PASSES} times; returns the bytes written. */
    static long generated(List<Kind> kinds) throws Throwable {
        long out = 0;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        for (int pass = 0; pass < PASSES; pass++) {
            for (Kind k : kinds) {
                for (byte[] event : k.events()) {
                    Object envelope = (Object)
                            k.unmarshalEvent().invokeExact((InputStream) new ByteArrayInputStream(event), k.root());
                    buffer.reset();
                    k.marshal().invokeExact((OutputStream) buffer, envelope);
                    out += buffer.size();
                }
            }
        }
        return out;
    }

    /** The same work for Jackson's tree: {@code readTree} then {@code writeValueAsBytes}, {@link #PASSES} times. */
    static long jackson(List<Kind> kinds) throws IOException {
        long out = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (Kind k : kinds) {
                for (byte[] event : k.events()) {
                    out += JSON.writeValueAsBytes(JSON.readTree(event)).length;
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    /** Warm-up rounds stop once a round spends less than this share of its time in JIT compilation. */
    static final double SETTLED_JIT_SHARE = 0.02;

    static final int MAX_WARMUP = 60;

    /** A round of work; returns the bytes it produced. */
    interface Round {
        long run() throws Throwable;
    }

    /** Wall-clock and JVM CPU nanoseconds of one side's measured rounds, and the bytes its last round produced. */
    static final class Timings {
        final long[] wall;
        final long[] cpu;
        long bytes;

        Timings(int rounds) {
            wall = new long[rounds];
            cpu = new long[rounds];
        }

        void time(int i, Round round) throws Throwable {
            long c0 = cpu();
            long t0 = System.nanoTime();
            bytes = round.run();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = cpu() - c0;
        }
    }

    /** Measured rounds of two sides, alternating which goes first, so neither always pays the other's garbage collection. */
    static void interleave(int rounds, Round first, Timings firstTimes, Round second, Timings secondTimes)
            throws Throwable {
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                firstTimes.time(i, first);
                secondTimes.time(i, second);
            } else {
                secondTimes.time(i, second);
                firstTimes.time(i, first);
            }
        }
    }

    /**
     * Runs at least {@code minimum} warm-up rounds, then more until the JIT compiler has settled (a round spends less
     * than {@link #SETTLED_JIT_SHARE} of its wall time compiling), at most {@link #MAX_WARMUP}. Without this the side
     * with more distinct code (nine generated bindings over databind against one tree reader) is still being compiled
     * during its measured rounds, and the process CPU time charges it for the compiler threads. Returns a summary.
     */
    static String warmUp(int minimum, Round round) throws Throwable {
        int n = 0;
        long lastJit;
        long lastWall;
        do {
            long jit0 = jitMillis();
            long t0 = System.nanoTime();
            round.run();
            lastWall = System.nanoTime() - t0;
            lastJit = jitMillis() - jit0;
            n++;
        } while (n < MAX_WARMUP && (n < minimum || lastJit * 1e6 > SETTLED_JIT_SHARE * lastWall));
        return String.format(
                Locale.ROOT,
                "%d warm-up rounds (the last compiled for %d ms of %d ms)",
                n,
                lastJit,
                lastWall / 1_000_000);
    }

    /** Total time the JIT compiler threads have spent compiling, ms. */
    static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /**
     * CPU time of the whole JVM (every thread: the measured one, garbage collection, JIT), ns. Unlike wall-clock time
     * it does not count time spent waiting for a core, so ratios stay meaningful when other processes compete for the
     * machine; unlike the measured thread's CPU time, it charges each side for the garbage it makes.
     */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double seconds(double nanos) {
        return nanos / 1e9;
    }

    static double mean(long[] values) {
        double sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double min(long[] values) {
        long m = Long.MAX_VALUE;
        for (long v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** Counts bytes written, keeps none. */
    static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        OutputStream unclosable() {
            CountingSink self = this;
            return new OutputStream() {
                @Override
                public void write(int b) {
                    self.count++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    self.count += len;
                }
            };
        }
    }
}
