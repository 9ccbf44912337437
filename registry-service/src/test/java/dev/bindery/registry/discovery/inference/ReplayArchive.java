package dev.bindery.registry.discovery.inference;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The archive of {@code bench/replay.sh}: writes an NDJSON file of realistic EventBridge envelopes
 * ({@link InferenceBenchmark}'s events of about 1 KB, nested details, over three sources and four
 * detail-types) and, in the same JVM, times the inference engine folding the same bytes (one accumulator
 * per event kind, as {@code bench/inference.sh} measures), so the replay's MB/s has its baseline.
 *
 * <pre>
 * java -cp ... dev.bindery.registry.discovery.inference.ReplayArchive FILE MEGABYTES [ROUNDS]
 * </pre>
 * Prints {@code engine_mb_s=<best MB/s>} and {@code archive_bytes=<n>} for the script to read.
 */
public final class ReplayArchive {

    private static final String[] SOURCES = {"com.acme.shop", "com.acme.billing", "com.acme.warehouse"};

    private ReplayArchive() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long target = Long.parseLong(args[1]) * 1_000_000L;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Random random = new Random(17);
        List<byte[]> lines = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int i = 0; bytes < target; i++) {
                int kind = random.nextInt(4);
                String source = SOURCES[random.nextInt(SOURCES.length)];
                String event = InferenceBenchmark.event(random, i, kind)
                        .replace("\"source\":\"com.acme.shop\"", "\"source\":\"" + source + "\"");
                byte[] line = event.getBytes(StandardCharsets.UTF_8);
                out.write(line);
                out.write('\n');
                lines.add(line);
                kinds.add(source + "@" + kind);
                bytes += line.length + 1;
            }
        }
        System.out.printf(Locale.ROOT, "archive: %d events, %.1f MB, %s%n", lines.size(), bytes / 1e6, file);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds + 1; r++) {
            double seconds = fold(lines, kinds);
            if (r > 0) { // the first round warms up
                best = Math.min(best, seconds);
            }
        }
        System.out.printf(Locale.ROOT, "engine_mb_s=%.1f%n", bytes / 1e6 / best);
        System.out.printf(Locale.ROOT, "archive_bytes=%d%n", bytes);
    }

    private static double fold(List<byte[]> lines, List<String> kinds) {
        Map<String, ShapeAccumulator> accumulators = new HashMap<>();
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        long start = System.nanoTime();
        for (int i = 0; i < lines.size(); i++) {
            accumulators
                    .computeIfAbsent(kinds.get(i), k -> ShapeAccumulator.forEnvelope(k, "kind"))
                    .add(lines.get(i), time);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long folded = accumulators.values().stream()
                .mapToLong(ShapeAccumulator::eventCount)
                .sum();
        if (folded != lines.size()) {
            throw new AssertionError("lost events: " + folded);
        }
        return seconds;
    }
}
