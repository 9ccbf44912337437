package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Comparison.report;
import static dev.bindery.registry.compat.Comparison.subject;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code anyOf}, {@code oneOf}, {@code allOf} and {@code not}. Branches are paired by a minimum-cost assignment (cost:
 * the differences between the two branches), never by position, so reordering is not a change. anyOf: every old
 * branch included in its new partner means old ⊆ new; an unmatched new branch widens, an unmatched old one narrows.
 * allOf is the mirror (an extra conjunct narrows). oneOf is judged like anyOf only when the branches on both sides
 * are provably mutually exclusive ({@link Disjointness}); otherwise any change to its branches is also reported as
 * {@link DifferenceKind#ONE_OF_EXCLUSIVITY_UNPROVEN} (CHANGES), since a widened or added branch may overlap another
 * and make instances match two.
 */
final class CombinatorRules {
    private static final int UNMATCHED_COST = 3;

    private final Comparison comparison;

    CombinatorRules(Comparison comparison) {
        this.comparison = comparison;
    }

    void compare(JsonNode x, JsonNode y, String path, List<Difference> out) {
        union(x, y, "anyOf", path, out);
        union(x, y, "oneOf", path, out);
        conjunction(x, y, path, out);
        negation(x, y, path, out);
    }

    private void union(JsonNode x, JsonNode y, String keyword, String path, List<Difference> out) {
        JsonNode a = x.get(keyword);
        JsonNode b = y.get(keyword);
        if (a == null && b == null) {
            return;
        }
        if (a == null) {
            if (!any(b, Keywords::acceptsAll)) {
                report(
                        out,
                        path,
                        DifferenceKind.COMBINATOR_ADDED,
                        ChangeEffect.NARROWS,
                        subject(path) + " must now match " + (keyword.equals("oneOf") ? "exactly one" : "one") + " of "
                                + b.size() + " " + keyword + " branches");
            }
            return;
        }
        if (b == null) {
            if (!any(a, Keywords::acceptsAll)) {
                report(
                        out,
                        path,
                        DifferenceKind.COMBINATOR_REMOVED,
                        ChangeEffect.WIDENS,
                        subject(path) + " lost its " + keyword);
            }
            return;
        }
        List<Difference> found = new ArrayList<>();
        int[] match = pair(a, b, keyword, path, found);
        boolean[] matchedNew = new boolean[b.size()];
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                matchedNew[match[i]] = true;
            } else if (!Keywords.rejectsAll(a.get(i))) {
                report(
                        found,
                        path + "/" + keyword + "/" + i,
                        DifferenceKind.BRANCH_REMOVED,
                        ChangeEffect.NARROWS,
                        subject(path) + ": " + keyword + " branch " + i + " of the old version has no counterpart");
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!matchedNew[j] && !Keywords.rejectsAll(b.get(j))) {
                report(
                        found,
                        path + "/" + keyword + "/" + j,
                        DifferenceKind.BRANCH_ADDED,
                        ChangeEffect.WIDENS,
                        subject(path) + ": new " + keyword + " branch " + j);
            }
        }
        if (keyword.equals("oneOf")
                && found.stream().anyMatch(d -> d.effect() != ChangeEffect.NEUTRAL)
                && !(Disjointness.pairwise(list(a), comparison.older)
                        && Disjointness.pairwise(list(b), comparison.newer))) {
            report(
                    found,
                    path + "/oneOf",
                    DifferenceKind.ONE_OF_EXCLUSIVITY_UNPROVEN,
                    ChangeEffect.CHANGES,
                    subject(path)
                            + ": oneOf branches changed and cannot be shown mutually exclusive, so an instance may now match"
                            + " none or several of them");
        }
        out.addAll(found);
    }

    private void conjunction(JsonNode x, JsonNode y, String path, List<Difference> out) {
        JsonNode a = x.get("allOf");
        JsonNode b = y.get("allOf");
        if (a == null && b == null) {
            return;
        }
        JsonNode empty = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        a = a == null ? empty : a;
        b = b == null ? empty : b;
        List<Difference> found = new ArrayList<>();
        int[] match = pair(a, b, "allOf", path, found);
        boolean[] matchedNew = new boolean[b.size()];
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                matchedNew[match[i]] = true;
            } else if (!Keywords.acceptsAll(a.get(i))) {
                report(
                        found,
                        path + "/allOf/" + i,
                        DifferenceKind.CONJUNCT_REMOVED,
                        ChangeEffect.WIDENS,
                        subject(path) + ": allOf member " + i + " of the old version no longer applies");
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!matchedNew[j] && !Keywords.acceptsAll(b.get(j))) {
                report(
                        found,
                        path + "/allOf/" + j,
                        DifferenceKind.CONJUNCT_ADDED,
                        ChangeEffect.NARROWS,
                        subject(path) + ": new allOf member " + j + " adds constraints");
            }
        }
        out.addAll(found);
    }

    private void negation(JsonNode x, JsonNode y, String path, List<Difference> out) {
        JsonNode a = x.get("not");
        JsonNode b = y.get("not");
        if (a == null && b == null) {
            return;
        }
        ChangeEffect effect = comparison
                .effectOf(
                        a == null ? com.fasterxml.jackson.databind.node.BooleanNode.FALSE : a,
                        b == null ? com.fasterxml.jackson.databind.node.BooleanNode.FALSE : b,
                        path + "/not")
                .inverse();
        if (effect != ChangeEffect.NEUTRAL) {
            report(
                    out,
                    path + "/not",
                    DifferenceKind.NOT_CHANGED,
                    effect,
                    subject(path) + ": the schema under \"not\" changed"
                            + (effect == ChangeEffect.NARROWS
                                    ? ", so fewer instances are accepted"
                                    : effect == ChangeEffect.WIDENS ? ", so more instances are accepted" : ""));
        }
    }

    /**
     * Pairs old and new branches by minimum total cost; the differences of the matched pairs go to {@code found}
     * (at the new branch's path). Returns, per old branch, its new partner or -1.
     */
    private int[] pair(JsonNode a, JsonNode b, String keyword, String path, List<Difference> found) {
        int max = comparison.limits().maxBranches();
        if (a.size() > max || b.size() > max) {
            throw new SchemaTooComplexException("maxBranches", max, path + "/" + keyword);
        }
        // Identical branches pair at no cost; only the others go through trial comparisons and the assignment.
        int[] match = new int[a.size()];
        boolean[] taken = new boolean[b.size()];
        List<Integer> restOld = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            match[i] = -1;
            for (int j = 0; j < b.size() && match[i] < 0; j++) {
                if (!taken[j] && comparison.sameContent.same(a.get(i), b.get(j))) {
                    match[i] = j;
                    taken[j] = true;
                }
            }
            if (match[i] < 0) {
                restOld.add(i);
            }
        }
        List<Integer> restNew = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            if (!taken[j]) {
                restNew.add(j);
            }
        }
        List<List<List<Difference>>> diffs = new ArrayList<>();
        int[][] cost = new int[restOld.size()][restNew.size()];
        for (int r = 0; r < restOld.size(); r++) {
            List<List<Difference>> row = new ArrayList<>();
            for (int c = 0; c < restNew.size(); c++) {
                int j = restNew.get(c);
                List<Difference> pairDiffs = new ArrayList<>();
                comparison.compare(a.get(restOld.get(r)), b.get(j), path + "/" + keyword + "/" + j, pairDiffs);
                row.add(pairDiffs);
                for (Difference d : pairDiffs) {
                    cost[r][c] += d.effect() == ChangeEffect.CHANGES ? 2 : d.effect() == ChangeEffect.NEUTRAL ? 0 : 1;
                }
            }
            diffs.add(row);
        }
        int[] restMatch = Assignment.solve(cost, restNew.size(), UNMATCHED_COST);
        for (int c = 0; c < restNew.size(); c++) {
            for (int r = 0; r < restOld.size(); r++) {
                if (restMatch[r] == c) {
                    match[restOld.get(r)] = restNew.get(c);
                    found.addAll(diffs.get(r).get(c));
                }
            }
        }
        return match;
    }

    private static boolean any(JsonNode branches, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode branch : branches) {
            if (test.test(branch)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> result = new ArrayList<>();
        array.forEach(result::add);
        return result;
    }
}
