package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Comparison.report;
import static dev.bindery.registry.compat.Comparison.subject;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code type}, {@code enum}, {@code const}, numeric bounds, {@code multipleOf}, string length, pattern and format. */
final class ScalarRules {
    private final Comparison comparison;

    ScalarRules(Comparison comparison) {
        this.comparison = comparison;
    }

    void compare(JsonNode x, JsonNode y, int kinds, String path, List<Difference> out) {
        type(x, y, path, out);
        values(x, y, path, out);
        if ((kinds & Keywords.NUMBER) != 0) {
            bound(lower(x), lower(y), true, path, out);
            bound(upper(x), upper(y), false, path, out);
            multipleOf(x, y, path, out);
        }
        if ((kinds & Keywords.STRING) != 0) {
            count(
                    x,
                    y,
                    "minLength",
                    true,
                    DifferenceKind.MIN_LENGTH_TIGHTENED,
                    DifferenceKind.MIN_LENGTH_RELAXED,
                    path,
                    out);
            count(
                    x,
                    y,
                    "maxLength",
                    false,
                    DifferenceKind.MAX_LENGTH_TIGHTENED,
                    DifferenceKind.MAX_LENGTH_RELAXED,
                    path,
                    out);
            text(
                    x,
                    y,
                    "pattern",
                    DifferenceKind.PATTERN_ADDED,
                    DifferenceKind.PATTERN_REMOVED,
                    DifferenceKind.PATTERN_CHANGED,
                    path,
                    out);
        }
        // Formats are treated as assertions whatever the draft says; a format can constrain any kind.
        if (NumericFormats.apply(x, y)) {
            NumericFormats.compare(x, y, path, out);
        } else {
            text(
                    x,
                    y,
                    "format",
                    DifferenceKind.FORMAT_ADDED,
                    DifferenceKind.FORMAT_REMOVED,
                    DifferenceKind.FORMAT_CHANGED,
                    path,
                    out);
        }
    }

    private static void type(JsonNode x, JsonNode y, String path, List<Difference> out) {
        int a = Keywords.typeMask(x);
        int b = Keywords.typeMask(y);
        if (a == b) {
            return;
        }
        String change = " from " + Keywords.describe(a) + " to " + Keywords.describe(b);
        if ((b & ~a) == 0) {
            report(
                    out,
                    path,
                    DifferenceKind.TYPE_NARROWED,
                    ChangeEffect.NARROWS,
                    subject(path) + " narrowed type" + change);
        } else if ((a & ~b) == 0) {
            report(
                    out,
                    path,
                    DifferenceKind.TYPE_WIDENED,
                    ChangeEffect.WIDENS,
                    subject(path) + " widened type" + change);
        } else {
            report(
                    out,
                    path,
                    DifferenceKind.TYPE_CHANGED,
                    ChangeEffect.CHANGES,
                    subject(path) + " changed type" + change);
        }
    }

    private static void values(JsonNode x, JsonNode y, String path, List<Difference> out) {
        JsonNode a = x.get("enum");
        JsonNode b = y.get("enum");
        if (a != null || b != null) {
            if (a == null) {
                report(
                        out,
                        path,
                        DifferenceKind.ENUM_NARROWED,
                        ChangeEffect.NARROWS,
                        subject(path) + " is now restricted to " + b);
            } else if (b == null) {
                report(
                        out,
                        path,
                        DifferenceKind.ENUM_EXTENDED,
                        ChangeEffect.WIDENS,
                        subject(path) + " is no longer an enum");
            } else {
                List<JsonNode> lost = missing(a, b);
                List<JsonNode> gained = missing(b, a);
                if (!lost.isEmpty() && !gained.isEmpty()) {
                    report(
                            out,
                            path,
                            DifferenceKind.ENUM_CHANGED,
                            ChangeEffect.CHANGES,
                            subject(path) + ": enum lost values " + lost + " and gained values " + gained);
                } else if (!lost.isEmpty()) {
                    report(
                            out,
                            path,
                            DifferenceKind.ENUM_NARROWED,
                            ChangeEffect.NARROWS,
                            subject(path) + ": enum lost values " + lost);
                } else if (!gained.isEmpty()) {
                    report(
                            out,
                            path,
                            DifferenceKind.ENUM_EXTENDED,
                            ChangeEffect.WIDENS,
                            subject(path) + ": enum gained values " + gained);
                }
            }
        }
        JsonNode c = x.get("const");
        JsonNode d = y.get("const");
        if (c == null && d == null || c != null && d != null && c.equals(d)) {
            return;
        }
        if (c == null) {
            report(out, path, DifferenceKind.CONST_ADDED, ChangeEffect.NARROWS, subject(path) + " must now be " + d);
        } else if (d == null) {
            report(
                    out,
                    path,
                    DifferenceKind.CONST_REMOVED,
                    ChangeEffect.WIDENS,
                    subject(path) + " is no longer fixed to " + c);
        } else {
            report(
                    out,
                    path,
                    DifferenceKind.CONST_CHANGED,
                    ChangeEffect.CHANGES,
                    subject(path) + " changed const from " + c + " to " + d);
        }
    }

    /** Values of {@code from} not in {@code in} (exact JSON equality; 1 and 1.0 count as different, conservatively). */
    private static List<JsonNode> missing(JsonNode from, JsonNode in) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode value : from) {
            boolean found = false;
            for (JsonNode other : in) {
                if (value.equals(other)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                result.add(value);
            }
        }
        return result;
    }

    /** A numeric bound; {@code exclusive} says whether the value itself is excluded. */
    private record Bound(BigDecimal value, boolean exclusive) {
        @Override
        public String toString() {
            return (exclusive ? "exclusive " : "") + value.toPlainString();
        }
    }

    private static Bound lower(JsonNode x) {
        return tighter(x.get("minimum"), x.get("exclusiveMinimum"), true);
    }

    private static Bound upper(JsonNode x) {
        return tighter(x.get("maximum"), x.get("exclusiveMaximum"), false);
    }

    /** Combines the inclusive keyword with draft-04 boolean or 2020-12 numeric exclusivity. */
    private static Bound tighter(JsonNode inclusive, JsonNode exclusive, boolean lower) {
        Bound bound = null;
        if (inclusive != null && inclusive.isNumber()) {
            bound = new Bound(
                    inclusive.decimalValue(), exclusive != null && exclusive.isBoolean() && exclusive.booleanValue());
        }
        if (exclusive != null && exclusive.isNumber()) {
            Bound other = new Bound(exclusive.decimalValue(), true);
            if (bound == null || compareBounds(other, bound, lower) > 0) {
                bound = other;
            }
        }
        return bound;
    }

    /** Positive if {@code a} admits fewer numbers than {@code b}. */
    private static int compareBounds(Bound a, Bound b, boolean lower) {
        int byValue = a.value.compareTo(b.value);
        if (byValue != 0) {
            return lower ? byValue : -byValue;
        }
        return Boolean.compare(a.exclusive, b.exclusive);
    }

    private static void bound(Bound a, Bound b, boolean lower, String path, List<Difference> out) {
        if (a == null && b == null || a != null && b != null && compareBounds(a, b, lower) == 0) {
            return;
        }
        String name = lower ? "minimum" : "maximum";
        boolean tightened = a == null || b != null && compareBounds(b, a, lower) > 0;
        String change = a == null
                ? name + " " + b + " added"
                : b == null ? name + " " + a + " removed" : name + " changed from " + a + " to " + b;
        DifferenceKind kind = lower
                ? (tightened ? DifferenceKind.MINIMUM_TIGHTENED : DifferenceKind.MINIMUM_RELAXED)
                : (tightened ? DifferenceKind.MAXIMUM_TIGHTENED : DifferenceKind.MAXIMUM_RELAXED);
        report(out, path, kind, tightened ? ChangeEffect.NARROWS : ChangeEffect.WIDENS, subject(path) + ": " + change);
    }

    private static void multipleOf(JsonNode x, JsonNode y, String path, List<Difference> out) {
        JsonNode a = x.get("multipleOf");
        JsonNode b = y.get("multipleOf");
        if (a == null && b == null) {
            return;
        }
        if (a == null) {
            report(
                    out,
                    path,
                    DifferenceKind.MULTIPLE_OF_TIGHTENED,
                    ChangeEffect.NARROWS,
                    subject(path) + ": multipleOf " + b + " added");
        } else if (b == null) {
            report(
                    out,
                    path,
                    DifferenceKind.MULTIPLE_OF_RELAXED,
                    ChangeEffect.WIDENS,
                    subject(path) + ": multipleOf " + a + " removed");
        } else if (a.isNumber()
                && b.isNumber()
                && a.decimalValue().signum() > 0
                && b.decimalValue().signum() > 0) {
            BigDecimal u = a.decimalValue();
            BigDecimal v = b.decimalValue();
            String change = subject(path) + ": multipleOf changed from " + a + " to " + b;
            if (u.compareTo(v) == 0) {
                return;
            } else if (v.remainder(u).signum() == 0) {
                report(out, path, DifferenceKind.MULTIPLE_OF_TIGHTENED, ChangeEffect.NARROWS, change);
            } else if (u.remainder(v).signum() == 0) {
                report(out, path, DifferenceKind.MULTIPLE_OF_RELAXED, ChangeEffect.WIDENS, change);
            } else {
                report(out, path, DifferenceKind.MULTIPLE_OF_CHANGED, ChangeEffect.CHANGES, change);
            }
        } else if (!a.equals(b)) {
            report(
                    out,
                    path,
                    DifferenceKind.MULTIPLE_OF_CHANGED,
                    ChangeEffect.CHANGES,
                    subject(path) + ": multipleOf changed from " + a + " to " + b);
        }
    }

    /**
     * A count bound such as minLength or maxItems: absent means 0 for a minimum and no bound for a maximum.
     * Non-numeric values are compared for equality only.
     */
    static void count(
            JsonNode x,
            JsonNode y,
            String keyword,
            boolean isMin,
            DifferenceKind tightenedKind,
            DifferenceKind relaxedKind,
            String path,
            List<Difference> out) {
        JsonNode u = x.get(keyword);
        JsonNode v = y.get(keyword);
        if (u == null && v == null) {
            return;
        }
        BigDecimal none = isMin ? BigDecimal.ZERO : null;
        BigDecimal a = u == null ? none : u.isNumber() ? u.decimalValue() : null;
        BigDecimal b = v == null ? none : v.isNumber() ? v.decimalValue() : null;
        if ((u != null && !u.isNumber()) || (v != null && !v.isNumber())) {
            if (u == null || v == null || !u.equals(v)) {
                report(
                        out,
                        path,
                        tightenedKind,
                        ChangeEffect.CHANGES,
                        subject(path) + ": " + keyword + " changed from " + u + " to " + v);
            }
            return;
        }
        if (a == null && b == null || a != null && b != null && a.compareTo(b) == 0) {
            return;
        }
        boolean tightened = isMin ? b.compareTo(a) > 0 : a == null || b != null && b.compareTo(a) < 0;
        String change = subject(path) + ": " + keyword
                + (u == null
                        ? " " + v + " added"
                        : v == null ? " " + u + " removed" : " changed from " + u + " to " + v);
        report(
                out,
                path,
                tightened ? tightenedKind : relaxedKind,
                tightened ? ChangeEffect.NARROWS : ChangeEffect.WIDENS,
                change);
    }

    private static void text(
            JsonNode x,
            JsonNode y,
            String keyword,
            DifferenceKind added,
            DifferenceKind removed,
            DifferenceKind changed,
            String path,
            List<Difference> out) {
        JsonNode u = x.get(keyword);
        JsonNode v = y.get(keyword);
        if (u == null && v == null || u != null && v != null && u.equals(v)) {
            return;
        }
        if (u == null) {
            report(out, path, added, ChangeEffect.NARROWS, subject(path) + ": " + keyword + " " + v + " added");
        } else if (v == null) {
            report(out, path, removed, ChangeEffect.WIDENS, subject(path) + ": " + keyword + " " + u + " removed");
        } else {
            report(
                    out,
                    path,
                    changed,
                    ChangeEffect.CHANGES,
                    subject(path) + ": " + keyword + " changed from " + u + " to " + v);
        }
    }
}
