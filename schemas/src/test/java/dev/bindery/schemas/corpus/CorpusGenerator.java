package dev.bindery.schemas.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the sample event streams of the reference corpus: {@code <kind>/events.ndjson}, one EventBridge envelope
 * per line. Deterministic: every kind draws from its own {@link Random} with a fixed seed, so a run reproduces the
 * committed files byte for byte. JDK only; from the repository root:
 *
 * <pre>
 * javac -d schemas/target/corpus-generator schemas/src/test/java/dev/bindery/schemas/corpus/*.java
 * java -cp schemas/target/corpus-generator dev.bindery.schemas.corpus.CorpusGenerator schemas/src/main/resources/corpus
 * </pre>
 *
 * <p>The expected schemas ({@code expected.openapi.json}) are not written here: they are the inference engine's
 * output, written by {@code CorpusReplayTest} in {@code registry-service} when run with {@code -Dcorpus.write=true}.
 */
public final class CorpusGenerator {

    static final String BANKING_SOURCE = "arn:aws:dynamodb:us-east-1:123456789012:table/"
            + "AccountApplicationService-events-table-prod/stream/2019-09-20T17:30:50.706";

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "schemas/src/main/resources/corpus");
        write(out, "banking-application-submitted", BankingKinds.submitted(new Gen(1001)));
        write(out, "banking-application-approved", BankingKinds.approved(new Gen(1002)));
        write(out, "banking-application-rejected", BankingKinds.rejected(new Gen(1003)));
        write(out, "banking-application-flagged-for-review", BankingKinds.flagged(new Gen(1004)));
        write(out, "basket-checkout", BasketKind.checkout(new Gen(2001)));
        write(out, "s3-object-level-cloudtrail", S3CloudTrailKind.events(new Gen(3001)));
        write(out, "rds-db-snapshot-event", RdsSnapshotKind.events(new Gen(4001)));
        write(out, "ec2-instance-state-change", Ec2StateChangeKind.events(new Gen(5001)));
        write(out, "zendesk-ticket-priority-changed", ZendeskKind.events(new Gen(6001)));
    }

    private static void write(Path root, String kind, List<Map<String, Object>> events) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> e : events) {
            Json.write(sb, e);
            sb.append('\n');
        }
        Path dir = root.resolve(kind);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("events.ndjson"), sb.toString(), StandardCharsets.UTF_8);
        System.out.println(kind + ": " + events.size() + " events");
    }

    /** An EventBridge envelope in the documented key order. */
    static Map<String, Object> envelope(Gen g, String detailType, String source, String account, Instant time,
                                        String region, List<Object> resources, Map<String, Object> detail) {
        return obj("version", "0", "id", g.uuid(), "detail-type", detailType, "source", source,
                "account", account, "time", time.truncatedTo(ChronoUnit.SECONDS).toString(), "region", region,
                "resources", resources, "detail", detail);
    }

    /** An ordered JSON object from key/value pairs; values may be {@code null}. */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Object> list(Object... items) {
        List<Object> l = new ArrayList<>();
        for (Object o : items) {
            l.add(o);
        }
        return l;
    }
}

/** Seeded random choices with the value shapes the corpus needs. */
final class Gen {

    static final String[] FIRST = {"Gabe", "Maria", "James", "Aisha", "Wei", "Olga", "Liam", "Sofia", "Noah",
        "Priya", "Mateo", "Yuki", "Fatima", "Lucas", "Emma", "Kwame", "Ines", "Hiro", "Chloe", "Omar", "Zara",
        "Ethan", "Ana", "Tomas", "Mei", "Leila", "Jonas", "Nina", "Diego", "Sara", "Ravi", "Elif", "Marco",
        "Freya", "Ibrahim", "Lena", "Kai", "Rosa", "Arjun", "Clara"};
    static final String[] LAST = {"Smith", "Garcia", "Chen", "Okafor", "Novak", "Kowalski", "Silva", "Tanaka",
        "Haddad", "Patel", "Johansson", "Rossi", "Dubois", "Murphy", "Kim", "Nguyen", "Schmidt", "Lopez",
        "Ivanova", "Mensah", "Costa", "Yilmaz", "Brown", "Fischer", "Sato", "Ali", "Moreau", "Walsh", "Reyes",
        "Lindqvist", "Khan", "Bauer", "Santos", "Wright", "Popescu", "Nakamura", "Herrera", "Berg", "Adeyemi",
        "Larsen"};
    static final String[] DOMAINS = {"example.com", "mail.example.org", "example.net", "corp.example.com"};

    final Random r;
    private Instant clock = Instant.parse("2026-03-02T08:00:00Z");

    Gen(long seed) {
        this.r = new Random(seed);
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[r.nextInt(values.length)];
    }

    String uuid() {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(hi, lo).toString();
    }

    String hex(int n, boolean upper) {
        StringBuilder sb = new StringBuilder(n);
        String digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        for (int i = 0; i < n; i++) {
            sb.append(digits.charAt(r.nextInt(16)));
        }
        return sb.toString();
    }

    String chars(int n, String alphabet) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    String digits(int n) {
        return chars(n, "0123456789");
    }

    String base64(int n) {
        return chars(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    }

    String first() {
        return pick(FIRST);
    }

    String last() {
        return pick(LAST);
    }

    String email(String first, String last) {
        String local = switch (r.nextInt(3)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            default -> first + between(1, 999);
        };
        return local.toLowerCase() + "@" + pick(DOMAINS);
    }

    String ipv4() {
        return between(3, 223) + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
    }

    /** An amount in cents rendered as a JSON integer when whole, otherwise with its fraction. */
    static Object money(long cents) {
        return cents % 100 == 0 ? (Object) (cents / 100) : BigDecimal.valueOf(cents, 2).stripTrailingZeros();
    }

    /** Advances the stream clock by a few seconds to minutes and returns it. */
    Instant tick(int minSeconds, int maxSeconds) {
        clock = clock.plusSeconds(between(minSeconds, maxSeconds)).plusMillis(r.nextInt(1000));
        return clock;
    }

    static String seconds(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String millis(Instant t) {
        Instant m = t.truncatedTo(ChronoUnit.MILLIS);
        String s = m.toString();
        return m.getNano() == 0 ? s.replace("Z", ".000Z") : s;
    }

    /** Nanosecond precision, as Zendesk writes it. */
    String nanos(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "." + digits(9) + "Z");
    }

    LocalDate birthDate() {
        return LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
    }
}

/** A minimal JSON writer: maps, lists, strings, numbers, booleans and null. */
final class Json {

    private Json() {
    }

    static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, (String) e.getKey());
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(sb, l.get(i));
            }
            sb.append(']');
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
