package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Comparison.report;
import static dev.bindery.registry.compat.Comparison.subject;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * OpenAPI's numeric formats, which bound a number's range: {@code int32} ⊂ {@code int64} ⊂ {@code float} ⊂
 * {@code double} ⊂ no format. Whether a value is an integer is {@code type}'s business, so the formats alone form
 * a chain and a change along it narrows or widens instead of changing unrelatedly (discovery writes
 * {@code integer/int64} → {@code number/double} when fractions appear, a plain widening).
 */
final class NumericFormats {

    private static final List<String> CHAIN = List.of("int32", "int64", "float", "double");
    private static final int UNBOUNDED = CHAIN.size();

    private NumericFormats() {}

    /** Whether both formats are numeric or absent (and at least one is present), so {@link #compare} applies. */
    static boolean apply(JsonNode x, JsonNode y) {
        int a = rank(x.get("format"));
        int b = rank(y.get("format"));
        return a >= 0 && b >= 0 && (a != UNBOUNDED || b != UNBOUNDED);
    }

    static void compare(JsonNode x, JsonNode y, String path, List<Difference> out) {
        int a = rank(x.get("format"));
        int b = rank(y.get("format"));
        if (a == b) {
            return;
        }
        String from = a == UNBOUNDED ? "no format" : CHAIN.get(a);
        String to = b == UNBOUNDED ? "no format" : CHAIN.get(b);
        DifferenceKind kind = a == UNBOUNDED
                ? DifferenceKind.FORMAT_ADDED
                : b == UNBOUNDED ? DifferenceKind.FORMAT_REMOVED : DifferenceKind.FORMAT_CHANGED;
        if (b < a) {
            report(
                    out,
                    path,
                    kind,
                    ChangeEffect.NARROWS,
                    subject(path) + ": numeric format narrowed from " + from + " to " + to);
        } else {
            report(
                    out,
                    path,
                    kind,
                    ChangeEffect.WIDENS,
                    subject(path) + ": numeric format widened from " + from + " to " + to);
        }
    }

    /** The format's place in the chain, {@link #UNBOUNDED} when absent, -1 when it is not a numeric format. */
    private static int rank(JsonNode format) {
        if (format == null) {
            return UNBOUNDED;
        }
        return format.isTextual() ? CHAIN.indexOf(format.asText()) : -1;
    }
}
