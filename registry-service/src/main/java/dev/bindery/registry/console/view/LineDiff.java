package dev.bindery.registry.console.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Two texts side by side, line against line: lines both have, lines changed (removed on the left
 * where one was added on the right), lines only one side has. The longest common subsequence of the
 * lines decides; past {@link #MAX_CELLS} comparisons the middle that differs is shown as changed as a
 * whole rather than computed.
 */
public final class LineDiff {

    static final long MAX_CELLS = 4_000_000;

    private LineDiff() {}

    /** What a row shows. */
    public enum Change {
        SAME,
        CHANGED,
        REMOVED,
        ADDED
    }

    /**
     * One row: the left line (number 0 and text {@code ""} when the left has none) and the right.
     */
    public record Row(Change change, int leftNumber, String left, int rightNumber, String right) {

        public String cssClass() {
            return "d-" + change.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static List<Row> of(String leftText, String rightText) {
        String[] a = leftText.split("\n", -1);
        String[] b = rightText.split("\n", -1);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix
                && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            rows.add(new Row(Change.SAME, i + 1, a[i], i + 1, b[i]));
        }
        middle(a, prefix, a.length - suffix, b, prefix, b.length - suffix, rows);
        for (int k = suffix; k > 0; k--) {
            int i = a.length - k;
            int j = b.length - k;
            rows.add(new Row(Change.SAME, i + 1, a[i], j + 1, b[j]));
        }
        return rows;
    }

    private static void middle(String[] a, int aFrom, int aTo, String[] b, int bFrom, int bTo, List<Row> rows) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        if ((long) n * m > MAX_CELLS) {
            block(a, aFrom, aTo, b, bFrom, bTo, rows);
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[aFrom + i].equals(b[bFrom + j])
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int blockA = 0;
        int blockB = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[aFrom + i].equals(b[bFrom + j])) {
                block(a, aFrom + blockA, aFrom + i, b, bFrom + blockB, bFrom + j, rows);
                rows.add(new Row(Change.SAME, aFrom + i + 1, a[aFrom + i], bFrom + j + 1, b[bFrom + j]));
                i++;
                j++;
                blockA = i;
                blockB = j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        block(a, aFrom + blockA, aFrom + n, b, bFrom + blockB, bFrom + m, rows);
    }

    /** A run of lines that differ: paired as changed while both sides have one, then removed or added. */
    private static void block(String[] a, int aFrom, int aTo, String[] b, int bFrom, int bTo, List<Row> rows) {
        int i = aFrom;
        int j = bFrom;
        while (i < aTo && j < bTo) {
            rows.add(new Row(Change.CHANGED, i + 1, a[i], j + 1, b[j]));
            i++;
            j++;
        }
        for (; i < aTo; i++) {
            rows.add(new Row(Change.REMOVED, i + 1, a[i], 0, ""));
        }
        for (; j < bTo; j++) {
            rows.add(new Row(Change.ADDED, 0, "", j + 1, b[j]));
        }
    }
}
