package dev.bindery.registry.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a fuzz run found (an accumulator, confined to the generating thread): answers by status
 * class, the failures with the issue-12 item each most likely belongs to, and the writes to
 * fixtures that were not refused since the last snapshot, the suspects when a fixture changed.
 */
final class Tally {

    /** A request that broke a rule. */
    record Failure(int index, Draft draft, Oracle.Finding finding, String item, String request) {}

    final List<Failure> failures = new ArrayList<>();
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final List<Failure> suspects = new ArrayList<>();
    private int fixtureWrites;
    private long slowest;

    void answered(int index, Draft draft, byte[] wire, RawHttp.Answer answer) {
        slowest = Math.max(slowest, answer.millis());
        byStatus.merge(statusClass(answer.status()), 1, Integer::sum);
        for (Oracle.Finding finding : Oracle.judge(draft, answer)) {
            failures.add(new Failure(index, draft, finding, OpenItems.itemOf(draft, finding), show(wire)));
        }
        if (draft.fixture && draft.template.fixtureUse() == Templates.FixtureUse.REFUSED_WRITE) {
            fixtureWrites++;
            if (answer.status() < 400 || answer.status() >= 500) {
                suspects.add(new Failure(
                        index,
                        draft,
                        new Oracle.Finding(Oracle.Kind.FIXTURE_CHANGED, "answered " + answer.status()),
                        "",
                        ""));
            }
        }
    }

    /** Records the fixture reads that changed since the last snapshot, blaming the writes not refused. */
    void snapshotTaken(int index, int every, Draft last, List<String> changed) {
        if (!changed.isEmpty()) {
            Set<String> items = new TreeSet<>();
            suspects.forEach(f -> items.add(OpenItems.itemOf(f.draft(), f.finding())));
            String listed = suspects.stream()
                    .map(f -> "#" + f.index() + " " + f.draft().operation.id() + " " + f.draft().mutations + " "
                            + f.finding().detail())
                    .collect(Collectors.joining(", "));
            failures.add(new Failure(
                    index,
                    last,
                    new Oracle.Finding(
                            Oracle.Kind.FIXTURE_CHANGED,
                            "between requests " + (index - (index - 1) % every) + " and " + index + ", of "
                                    + fixtureWrites
                                    + " writes to fixtures these were not refused: [" + listed + "]\n    "
                                    + String.join("\n    ", changed)),
                    items.size() == 1 ? items.iterator().next() : "?",
                    ""));
        }
        suspects.clear();
        fixtureWrites = 0;
    }

    List<Failure> failing(Set<String> tolerated) {
        return failures.stream().filter(f -> !tolerated.contains(f.item())).toList();
    }

    String summary(long seed, int requests, long seconds, Set<String> tolerated) {
        return String.format(
                "ApiFuzzTest summary: seed=%d requests=%d in %ds, answers %s, slowest %d ms; "
                        + "failures=%d (server errors %d, error format %d, slow %d, no answer %d, invalid accepted %d, "
                        + "fixture changes %d), failing=%d, tolerated items %s",
                seed,
                requests,
                seconds,
                byStatus,
                slowest,
                failures.size(),
                count(Oracle.Kind.SERVER_ERROR),
                count(Oracle.Kind.ERROR_FORMAT),
                count(Oracle.Kind.SLOW),
                count(Oracle.Kind.NO_ANSWER),
                count(Oracle.Kind.INVALID_ACCEPTED),
                count(Oracle.Kind.FIXTURE_CHANGED),
                failing(tolerated).size(),
                tolerated);
    }

    /** Failures grouped by kind, item and operation, the first three of each group in full; then counts by item. */
    String report() {
        Map<String, List<Failure>> groups = new TreeMap<>();
        Map<String, Long> byItem = new TreeMap<>();
        for (Failure f : failures) {
            Oracle.Kind kind = f.finding().kind();
            String operation = kind == Oracle.Kind.FIXTURE_CHANGED
                    ? "(snapshot)"
                    : f.draft().operation.id();
            groups.computeIfAbsent(kind + " item " + f.item() + " " + operation, k -> new ArrayList<>())
                    .add(f);
            byItem.merge(
                    "item " + f.item() + " " + kind + (kind == Oracle.Kind.ERROR_FORMAT ? " (" + problem(f) + ")" : ""),
                    1L,
                    Long::sum);
        }
        StringBuilder out = new StringBuilder();
        groups.forEach((key, group) -> {
            out.append(key).append(": ").append(group.size()).append('\n');
            group.stream()
                    .limit(3)
                    .forEach(f -> out.append("  #")
                            .append(f.index())
                            .append(' ')
                            .append(f.draft().mutations)
                            .append(' ')
                            .append(f.finding().detail())
                            .append('\n')
                            .append("    ")
                            .append(f.request())
                            .append('\n'));
        });
        byItem.forEach((key, count) -> out.append("By item of issue 12: ")
                .append(key)
                .append(" = ")
                .append(count)
                .append('\n'));
        return out.toString();
    }

    private long count(Oracle.Kind kind) {
        return failures.stream().filter(f -> f.finding().kind() == kind).count();
    }

    /** What is wrong with an error's format, without the answer quoted. */
    private static String problem(Failure f) {
        String detail = f.finding().detail();
        int colon = detail.indexOf(':');
        return colon < 0 ? detail : detail.substring(0, colon);
    }

    private static String statusClass(int status) {
        return switch (status) {
            case RawHttp.CLOSED -> "closed";
            case RawHttp.TIMED_OUT -> "timeout";
            case RawHttp.GARBLED -> "garbled";
            default -> status / 100 + "xx";
        };
    }

    /** The request as text: bytes outside printable ASCII escaped, the rest of a long one cut. */
    private static String show(byte[] wire) {
        StringBuilder out = new StringBuilder();
        int limit = Math.min(wire.length, 1_200);
        for (int i = 0; i < limit; i++) {
            int b = wire[i] & 0xff;
            if (b == '\r') {
                out.append("\\r");
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b < 0x20 || b >= 0x7f) {
                out.append(String.format("\\x%02x", b));
            } else {
                out.append((char) b);
            }
        }
        if (wire.length > limit) {
            out.append("… (").append(wire.length).append(" bytes)");
        }
        return out.toString();
    }
}
