package dev.bindery.schemas.corpus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/** Seeded random choices with the value shapes the corpus needs. */
final class Gen {

    static final String[] FIRST = {
        "Gabe", "Maria", "James", "Aisha", "Wei", "Olga", "Liam", "Sofia", "Noah", "Priya", "Mateo", "Yuki", "Fatima",
        "Lucas", "Emma", "Kwame", "Ines", "Hiro", "Chloe", "Omar", "Zara", "Ethan", "Ana", "Tomas", "Mei", "Leila",
        "Jonas", "Nina", "Diego", "Sara", "Ravi", "Elif", "Marco", "Freya", "Ibrahim", "Lena", "Kai", "Rosa", "Arjun",
        "Clara"
    };
    static final String[] LAST = {
        "Smith",
        "Garcia",
        "Chen",
        "Okafor",
        "Novak",
        "Kowalski",
        "Silva",
        "Tanaka",
        "Haddad",
        "Patel",
        "Johansson",
        "Rossi",
        "Dubois",
        "Murphy",
        "Kim",
        "Nguyen",
        "Schmidt",
        "Lopez",
        "Ivanova",
        "Mensah",
        "Costa",
        "Yilmaz",
        "Brown",
        "Fischer",
        "Sato",
        "Ali",
        "Moreau",
        "Walsh",
        "Reyes",
        "Lindqvist",
        "Khan",
        "Bauer",
        "Santos",
        "Wright",
        "Popescu",
        "Nakamura",
        "Herrera",
        "Berg",
        "Adeyemi",
        "Larsen"
    };
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
        return cents % 100 == 0
                ? (Object) (cents / 100)
                : BigDecimal.valueOf(cents, 2).stripTrailingZeros();
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
