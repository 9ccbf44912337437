package dev.bindery.registry.discovery.inference;

import java.util.Random;

/**
 * Random JSON events for property tests: overlapping keys, every JSON type, strings that match formats, low- and
 * high-cardinality strings, big numbers, empty and mixed arrays, and occasionally objects wide enough to cross the
 * property cap — so the bounded parts of the state are exercised too.
 */
public final class RandomEvents {

    private static final String[] KEYS = {"id", "status", "time", "amount", "tags", "customer", "items", "meta", "note"
    };
    private static final String[] STRINGS = {
        "NEW", "PAID", "SHIPPED", "2026-01-01T00:00:00Z", "2026-01-02", "12:00:00Z",
        "6a7e8feb-b491-4cf7-a9f1-bf3703467718", "https://example.com/x", "a@example.com", "10.0.0.1", "::1", ""
    };

    private RandomEvents() {}

    public static String event(long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder();
        object(r, out, 0);
        return out.toString();
    }

    private static void value(Random r, StringBuilder out, int depth) {
        int pick = r.nextInt(depth >= 4 ? 7 : 10);
        switch (pick) {
            case 0 -> out.append("null");
            case 1 -> out.append(r.nextBoolean());
            case 2 -> out.append(r.nextInt(2000) - 1000);
            case 3 -> out.append(r.nextInt(100000) / 100.0);
            case 4 -> out.append(r.nextInt(10) == 0 ? "123456789012345678901234567890" : "1e400");
            case 5, 6 -> string(r, out);
            case 7, 8 -> object(r, out, depth + 1);
            default -> array(r, out, depth + 1);
        }
    }

    private static void string(Random r, StringBuilder out) {
        int kind = r.nextInt(4);
        if (kind == 0) {
            out.append("\"S").append(r.nextInt(60)).append('"');
        } else if (kind == 1) {
            out.append("\"").append("long value ".repeat(1 + r.nextInt(6))).append('"');
        } else {
            out.append('"').append(STRINGS[r.nextInt(STRINGS.length)]).append('"');
        }
    }

    private static void object(Random r, StringBuilder out, int depth) {
        out.append('{');
        boolean wide = depth > 0 && r.nextInt(12) == 0;
        int n = wide ? r.nextInt(140) : r.nextInt(depth == 0 ? 7 : 4);
        int offset = wide ? r.nextInt(40) : 0;
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            String key = wide ? "k" + (offset + i) : KEYS[r.nextInt(KEYS.length)] + (r.nextInt(4) == 0 ? "_" + i : "");
            if (!keys.add(key)) {
                continue;
            }
            if (keys.size() > 1) {
                out.append(',');
            }
            out.append('"').append(key).append("\":");
            value(r, out, depth);
        }
        out.append('}');
    }

    private static void array(Random r, StringBuilder out, int depth) {
        out.append('[');
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            value(r, out, depth);
        }
        out.append(']');
    }
}
