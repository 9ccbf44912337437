package dev.bindery.registry.discovery.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Inference throughput against Jackson {@code readTree} on the same bytes, in the same run.
 *
 * <p>Builds a mixed stream of EventBridge events (four kinds, about 1 KB each, with optional fields, nulls, enums,
 * timestamps, maps and arrays), warms up, then times {@link ShapeAccumulator#add(byte[], Instant)} (one accumulator
 * per event kind, as the registry does) and {@code ObjectMapper.readTree(byte[])}, alternating rounds.
 *
 * <pre>
 * ./mvnw -q -pl registry-service -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp registry-service/target/test-classes:registry-service/target/classes:$(cat /tmp/cp.txt) \
 *     dev.bindery.registry.discovery.inference.InferenceBenchmark [events] [rounds]
 * </pre>
 */
public final class InferenceBenchmark {

    private static final String[] KINDS = {"Order Placed", "Order Shipped", "Payment Captured", "Stock Adjusted"};
    private static final String[] STATUSES = {"NEW", "PAID", "SHIPPED", "CANCELLED"};
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};
    private static final String[] REGIONS = {"eu-west-1", "us-east-1", "ap-south-1"};

    private InferenceBenchmark() {}

    public static void main(String[] args) throws IOException {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Random random = new Random(42);
        List<byte[]> stream = new ArrayList<>(events);
        List<Integer> kinds = new ArrayList<>(events);
        long bytes = 0;
        for (int i = 0; i < events; i++) {
            int kind = random.nextInt(KINDS.length);
            byte[] event = event(random, i, kind).getBytes(StandardCharsets.UTF_8);
            stream.add(event);
            kinds.add(kind);
            bytes += event.length;
        }
        ObjectMapper mapper = new ObjectMapper();
        System.out.printf(
                Locale.ROOT,
                "%d events, %.1f MB, mean %d bytes/event, %d kinds%n",
                events,
                bytes / 1e6,
                bytes / events,
                KINDS.length);

        for (int w = 0; w < 3; w++) {
            infer(stream, kinds);
            parse(stream, mapper);
        }
        double bestInfer = Double.MAX_VALUE;
        double bestParse = Double.MAX_VALUE;
        double sumInfer = 0;
        double sumParse = 0;
        for (int r = 0; r < rounds; r++) {
            double ti = infer(stream, kinds);
            double tp = parse(stream, mapper);
            bestInfer = Math.min(bestInfer, ti);
            bestParse = Math.min(bestParse, tp);
            sumInfer += ti;
            sumParse += tp;
        }
        double mb = bytes / 1e6;
        System.out.printf(
                Locale.ROOT,
                "inference : %7.1f MB/s (best) %7.1f MB/s (mean) %9.0f events/s (best)%n",
                mb / bestInfer,
                mb * rounds / sumInfer,
                events / bestInfer);
        System.out.printf(
                Locale.ROOT,
                "readTree  : %7.1f MB/s (best) %7.1f MB/s (mean) %9.0f events/s (best)%n",
                mb / bestParse,
                mb * rounds / sumParse,
                events / bestParse);
        System.out.printf(
                Locale.ROOT,
                "ratio inference/readTree: %.2f (best) %.2f (mean)%n",
                bestParse / bestInfer,
                sumParse / sumInfer);
    }

    private static double infer(List<byte[]> stream, List<Integer> kinds) {
        ShapeAccumulator[] accs = new ShapeAccumulator[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            accs[k] = ShapeAccumulator.forEnvelope("com.acme.shop", KINDS[k]);
        }
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        long start = System.nanoTime();
        for (int i = 0; i < stream.size(); i++) {
            accs[kinds.get(i)].add(stream.get(i), time);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long check = 0;
        for (ShapeAccumulator acc : accs) {
            check += acc.eventCount();
        }
        if (check != stream.size()) {
            throw new AssertionError("lost events: " + check);
        }
        return seconds;
    }

    private static double parse(List<byte[]> stream, ObjectMapper mapper) throws IOException {
        long start = System.nanoTime();
        long sink = 0;
        for (byte[] event : stream) {
            sink += mapper.readTree(event).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sink == 0) {
            throw new AssertionError();
        }
        return seconds;
    }

    /** One synthetic event of about 1 KB. */
    static String event(Random r, int i, int kind) {
        StringBuilder d = new StringBuilder(900);
        d.append("{\"orderId\":\"ord-").append(100000 + i).append('"');
        d.append(",\"status\":\"").append(STATUSES[r.nextInt(STATUSES.length)]).append('"');
        d.append(",\"createdAt\":\"2026-01-")
                .append(10 + r.nextInt(18))
                .append("T1")
                .append(r.nextInt(10))
                .append(":3")
                .append(r.nextInt(10))
                .append(":0")
                .append(r.nextInt(10))
                .append(".123Z\"");
        d.append(",\"customer\":{\"id\":\"")
                .append(new UUID(r.nextLong(), r.nextLong()))
                .append('"')
                .append(",\"email\":\"user")
                .append(r.nextInt(1000))
                .append("@example.com\"")
                .append(",\"name\":\"Customer ")
                .append(r.nextInt(5000))
                .append('"');
        if (r.nextInt(3) == 0) {
            d.append(",\"phone\":null");
        } else if (r.nextBoolean()) {
            d.append(",\"phone\":\"+44 20 7946 ").append(1000 + r.nextInt(8999)).append('"');
        }
        d.append(",\"address\":{\"street\":\"")
                .append(r.nextInt(200))
                .append(" High Street\",\"city\":\"Leeds\"")
                .append(",\"postcode\":\"LS")
                .append(r.nextInt(30))
                .append(" 1AB\",\"country\":\"GB\"}}");
        d.append(",\"currency\":\"")
                .append(CURRENCIES[r.nextInt(CURRENCIES.length)])
                .append('"');
        d.append(",\"total\":").append(r.nextInt(100000) / 100.0);
        d.append(",\"lines\":[");
        int lines = r.nextInt(4);
        for (int l = 0; l < lines; l++) {
            d.append(l == 0 ? "" : ",")
                    .append("{\"sku\":\"S")
                    .append(r.nextInt(99))
                    .append('"')
                    .append(",\"qty\":")
                    .append(1 + r.nextInt(5))
                    .append(",\"price\":")
                    .append(r.nextInt(10000) / 100.0);
            if (r.nextBoolean()) {
                d.append(",\"gift\":true");
            }
            d.append('}');
        }
        d.append("]");
        d.append(",\"stockByWarehouse\":{");
        int warehouses = 1 + r.nextInt(3);
        for (int w = 0; w < warehouses; w++) {
            d.append(w == 0 ? "" : ",")
                    .append('"')
                    .append(1000 + 20 * w + r.nextInt(20))
                    .append("\":")
                    .append(r.nextInt(500));
        }
        d.append('}');
        d.append(",\"tags\":[");
        int tags = r.nextInt(3);
        for (int t = 0; t < tags; t++) {
            d.append(t == 0 ? "" : ",").append("\"tag").append(r.nextInt(3)).append('"');
        }
        d.append("]");
        if (kind == 1) {
            d.append(",\"carrier\":\"DHL\",\"trackingUrl\":\"https://track.example.com/p/")
                    .append(r.nextInt(1 << 20))
                    .append("\",\"shippedAt\":\"2026-02-0")
                    .append(1 + r.nextInt(9))
                    .append('"');
        } else if (kind == 2) {
            d.append(",\"payment\":{\"method\":\"CARD\",\"amount\":")
                    .append(r.nextInt(100000))
                    .append(",\"authorised\":")
                    .append(r.nextBoolean())
                    .append(",\"clientIp\":\"10.")
                    .append(r.nextInt(256))
                    .append('.')
                    .append(r.nextInt(256))
                    .append(".1\"}");
        } else if (kind == 3) {
            d.append(",\"adjustment\":").append(r.nextInt(41) - 20).append(",\"reason\":null");
        }
        d.append(",\"notes\":\"")
                .append("lorem ipsum dolor sit amet ".repeat(4 + r.nextInt(6)))
                .append("\"}");
        return "{\"version\":\"0\",\"id\":\"" + new UUID(r.nextLong(), r.nextLong())
                + "\",\"detail-type\":\"" + KINDS[kind] + "\",\"source\":\"com.acme.shop\",\"account\":\"111122223333\""
                + ",\"time\":\"2026-01-01T00:00:0" + r.nextInt(10) + "Z\",\"region\":\"" + REGIONS[r.nextInt(3)]
                + "\",\"resources\":[\"arn:aws:events:eu-west-1:111122223333:rule/r" + r.nextInt(9) + "\"]"
                + ",\"detail\":" + d + "}";
    }
}
