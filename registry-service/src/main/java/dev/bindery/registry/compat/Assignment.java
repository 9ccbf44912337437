package dev.bindery.registry.compat;

import java.util.Arrays;

/**
 * Minimum-cost assignment (Hungarian algorithm with potentials, O(n^3)) of old branches to new branches. Rectangular
 * problems are padded: leaving a branch unmatched costs {@code unmatched}, so a pair is matched only if its cost is
 * below twice that.
 */
final class Assignment {
    private Assignment() {}

    /** For each old branch, the index of its new branch, or -1 if unmatched. */
    static int[] solve(int[][] cost, int newCount, int unmatched) {
        int oldCount = cost.length;
        int n = oldCount + newCount;
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i < oldCount && j < newCount) {
                    c[i][j] = cost[i][j];
                } else if (i < oldCount || j < newCount) {
                    c[i][j] = unmatched;
                }
            }
        }
        long[] u = new long[n + 1];
        long[] v = new long[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, Long.MAX_VALUE);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        long cur = c[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] match = new int[oldCount];
        Arrays.fill(match, -1);
        for (int j = 1; j <= n; j++) {
            int i = p[j] - 1;
            if (i < oldCount && j - 1 < newCount) {
                match[i] = j - 1;
            }
        }
        return match;
    }
}
