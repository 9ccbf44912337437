package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.codegen.pointer.Pointer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of {@link SchemaDiff#between}: mutable state confined to the run (the work counters and the reference
 * pairs under comparison) and the recursive comparison of two schemas. Keyword groups are compared by
 * {@link ScalarRules}, {@link ObjectRules}, {@link ArrayRules} and {@link CombinatorRules}. A schema is the
 * conjunction of its keywords, so comparing keyword by keyword is sound for both inclusions.
 */
final class Comparison {
    static final JsonNode TRUE = BooleanNode.TRUE;
    private static final int MAX_REF_HOPS = 64;

    private final DiffLimits limits;
    final LocalReferences older;
    final LocalReferences newer;
    final SameContent sameContent;
    private final Set<SameContent.Pair> refPairsInProgress = new HashSet<>();
    private final ScalarRules scalars = new ScalarRules(this);
    private final ObjectRules objects = new ObjectRules(this);
    private final ArrayRules arrays = new ArrayRules(this);
    private final CombinatorRules combinators = new CombinatorRules(this);
    private long comparisons;
    private int depth;

    Comparison(DiffLimits limits, LocalReferences older, LocalReferences newer) {
        this.limits = limits;
        this.older = older;
        this.newer = newer;
        this.sameContent = new SameContent(older, newer);
    }

    List<Difference> run() {
        List<Difference> out = new ArrayList<>();
        compare(older.root(), newer.root(), "", out);
        return List.copyOf(out);
    }

    DiffLimits limits() {
        return limits;
    }

    /** Compares an older schema node with a newer one at the logical path, appending the differences to out. */
    void compare(JsonNode a, JsonNode b, String path, List<Difference> out) {
        if (++comparisons > limits.maxComparisons()) {
            throw new SchemaTooComplexException("maxComparisons", limits.maxComparisons(), path);
        }
        if (depth >= limits.maxDepth()) {
            throw new SchemaTooComplexException("maxDepth", limits.maxDepth(), path);
        }
        depth++;
        try {
            boolean viaRef = isRef(a) || isRef(b);
            if (!viaRef) {
                compareResolved(a, b, path, out);
                return;
            }
            SameContent.Pair pair = new SameContent.Pair(a, b);
            if (!refPairsInProgress.add(pair)) {
                return; // coinductive: a reference pair already under comparison is taken as equal
            }
            try {
                JsonNode ra = resolve(a, older);
                JsonNode rb = resolve(b, newer);
                if (ra == null || rb == null) {
                    compareUnresolved(a, b, ra, rb, path, out);
                } else {
                    compareResolved(ra, rb, path, out);
                }
            } finally {
                refPairsInProgress.remove(pair);
            }
        } finally {
            depth--;
        }
    }

    /** The combined effect of all differences between two schemas (strict; lenient marks are not considered). */
    ChangeEffect effectOf(JsonNode a, JsonNode b, String path) {
        List<Difference> found = new ArrayList<>();
        compare(a, b, path, found);
        ChangeEffect effect = ChangeEffect.NEUTRAL;
        for (Difference d : found) {
            effect = effect.and(d.effect());
        }
        return effect;
    }

    static void report(List<Difference> out, String path, DifferenceKind kind, ChangeEffect effect, String message) {
        out.add(new Difference(path, kind, effect, message, false));
    }

    /** How a person names the location: {@code property "amount"}, or the pointer. */
    static String subject(String path) {
        if (path.isEmpty()) {
            return "the schema";
        }
        int slash = path.lastIndexOf('/');
        String before = path.substring(0, slash);
        if (before.endsWith("/properties")) {
            String name = Pointer.lastToken(path.substring(slash));
            return "property \"" + name + "\"";
        }
        return "the schema at " + path;
    }

    static boolean isRef(JsonNode node) {
        return node.isObject() && node.has("$ref") && node.get("$ref").isTextual();
    }

    /**
     * Follows {@code $ref} chains. With keywords next to the reference (2019-09 and later) the result is a synthetic
     * {@code allOf} of the target and the siblings. Null when a reference does not resolve locally.
     */
    private JsonNode resolve(JsonNode node, LocalReferences document) {
        JsonNode current = node;
        for (int hops = 0; isRef(current); hops++) {
            if (hops > MAX_REF_HOPS) {
                return null;
            }
            JsonNode target = document.resolve(current.get("$ref").asText());
            if (target == null) {
                return null;
            }
            if (document.refSiblingsApply() && hasAssertingSiblings(current)) {
                ObjectNode siblings = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> field : current.properties()) {
                    if (!field.getKey().equals("$ref")) {
                        siblings.set(field.getKey(), field.getValue());
                    }
                }
                return conjunction(target, siblings);
            }
            current = target;
        }
        return current;
    }

    /** Keywords that only mean something together: they cannot be split between two merged schema objects. */
    private static final List<Set<String>> GROUPS = List.of(
            Set.of("properties", "patternProperties", "additionalProperties"),
            Set.of("items", "prefixItems", "additionalItems"),
            Set.of("if", "then", "else"),
            Set.of("minimum", "exclusiveMinimum"),
            Set.of("maximum", "exclusiveMaximum"),
            Set.of("contains", "minContains", "maxContains"),
            Set.of("unevaluatedProperties", "unevaluatedItems", "$ref", "$dynamicRef", "$recursiveRef"));

    /**
     * The conjunction of a reference target and the keywords next to the reference: one merged object when they share
     * no keyword and split no keyword group (so the keywords mean the same), else an {@code allOf} of the two.
     */
    private static JsonNode conjunction(JsonNode target, ObjectNode siblings) {
        boolean mergeable = target.isObject()
                && Stream.of("unevaluatedProperties", "unevaluatedItems")
                        .noneMatch(
                                k -> target.has(k) || siblings.has(k)); // they see every applicator of their own object
        if (mergeable) {
            for (Iterator<String> names = siblings.fieldNames(); names.hasNext() && mergeable; ) {
                String name = names.next();
                if (target.has(name) && Keywords.ASSERTING.contains(name)) {
                    mergeable = false;
                }
                for (Set<String> group : GROUPS) {
                    if (group.contains(name) && group.stream().anyMatch(target::has)) {
                        mergeable = false;
                    }
                }
            }
        } else if (target.isBoolean() && target.booleanValue()) {
            return siblings;
        }
        if (mergeable) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            merged.setAll((ObjectNode) target);
            siblings.properties().forEach(f -> {
                if (Keywords.ASSERTING.contains(f.getKey())) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            return merged;
        }
        ObjectNode conjunction = JsonNodeFactory.instance.objectNode();
        conjunction.putArray("allOf").add(target).add(siblings);
        return conjunction;
    }

    private static boolean hasAssertingSiblings(JsonNode node) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("$ref") && Keywords.ASSERTING.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private void compareUnresolved(
            JsonNode a, JsonNode b, JsonNode ra, JsonNode rb, String path, List<Difference> out) {
        if (ra == null && rb == null && isRef(a) && isRef(b) && sameContent.same(a, b)) {
            return; // the same unresolvable reference on both sides
        }
        String what = ra == null ? a.path("$ref").asText() : b.path("$ref").asText();
        report(
                out,
                path,
                DifferenceKind.REFERENCE_CHANGED,
                ChangeEffect.CHANGES,
                subject(path) + ": reference \"" + what
                        + "\" cannot be resolved locally, so the change cannot be judged");
    }

    private void compareResolved(JsonNode a, JsonNode b, String path, List<Difference> out) {
        if (!(a.isObject() || a.isBoolean()) || !(b.isObject() || b.isBoolean())) {
            throw new IllegalArgumentException(
                    "not a schema (object or boolean) at " + (path.isEmpty() ? "the root" : path) + ": "
                            + (a.isObject() || a.isBoolean() ? b.getNodeType() : a.getNodeType()));
        }
        if (Keywords.rejectsAll(a)) {
            if (!Keywords.rejectsAll(b)) {
                report(
                        out,
                        path,
                        DifferenceKind.SCHEMA_WIDENED,
                        ChangeEffect.WIDENS,
                        subject(path) + " accepted nothing and now accepts some instances");
            }
            return;
        }
        if (Keywords.rejectsAll(b)) {
            report(
                    out,
                    path,
                    DifferenceKind.SCHEMA_NARROWED,
                    ChangeEffect.NARROWS,
                    subject(path) + " now accepts nothing");
            return;
        }
        if (sameContent.same(a, b)) {
            return;
        }
        JsonNode x = a.isBoolean() ? JsonNodeFactory.instance.objectNode() : a;
        JsonNode y = b.isBoolean() ? JsonNodeFactory.instance.objectNode() : b;
        int kinds = Keywords.typeMask(x) | Keywords.typeMask(y); // keywords for kinds neither side admits are vacuous
        scalars.compare(x, y, kinds, path, out);
        if ((kinds & Keywords.OBJECT) != 0) {
            objects.compare(x, y, path, out);
        }
        if ((kinds & Keywords.ARRAY) != 0) {
            arrays.compare(x, y, path, out);
        }
        combinators.compare(x, y, path, out);
        compareByEquality(x, y, kinds, path, out);
    }

    /** Keywords whose inclusion is not analysed: any change is reported as CHANGES. */
    private void compareByEquality(JsonNode x, JsonNode y, int kinds, String path, List<Difference> out) {
        equalityGroup(x, y, path, out, DifferenceKind.CONDITIONAL_CHANGED, "if/then/else", "if", "then", "else");
        equalityGroup(
                x,
                y,
                path,
                out,
                DifferenceKind.REFERENCE_CHANGED,
                "$dynamicRef/$recursiveRef",
                "$dynamicRef",
                "$recursiveRef");
        if ((kinds & Keywords.OBJECT) != 0) {
            equalityGroup(
                    x,
                    y,
                    path,
                    out,
                    DifferenceKind.DEPENDENCIES_CHANGED,
                    "dependencies/dependentRequired/dependentSchemas",
                    "dependencies",
                    "dependentRequired",
                    "dependentSchemas");
            equalityGroup(x, y, path, out, DifferenceKind.PROPERTY_NAMES_CHANGED, "propertyNames", "propertyNames");
        }
        if ((kinds & Keywords.ARRAY) != 0) {
            equalityGroup(
                    x,
                    y,
                    path,
                    out,
                    DifferenceKind.CONTAINS_CHANGED,
                    "contains/minContains/maxContains",
                    "contains",
                    "minContains",
                    "maxContains");
        }
        boolean unevaluated = !Keywords.acceptsAll(x.path("unevaluatedProperties")) && x.has("unevaluatedProperties")
                || !Keywords.acceptsAll(y.path("unevaluatedProperties")) && y.has("unevaluatedProperties")
                || !Keywords.acceptsAll(x.path("unevaluatedItems")) && x.has("unevaluatedItems")
                || !Keywords.acceptsAll(y.path("unevaluatedItems")) && y.has("unevaluatedItems");
        if (unevaluated) {
            // What counts as evaluated depends on every applicator of the schema, and the schemas differ.
            report(
                    out,
                    path,
                    DifferenceKind.UNEVALUATED_CHANGED,
                    ChangeEffect.CHANGES,
                    subject(path)
                            + " uses unevaluatedProperties/unevaluatedItems and changed; such changes are not analysed");
        }
    }

    private void equalityGroup(
            JsonNode x,
            JsonNode y,
            String path,
            List<Difference> out,
            DifferenceKind kind,
            String label,
            String... keywords) {
        for (String keyword : keywords) {
            JsonNode u = x.get(keyword);
            JsonNode v = y.get(keyword);
            if (u == null && v == null) {
                continue;
            }
            if (u == null || v == null || !sameContent.same(u, v)) {
                report(
                        out,
                        path,
                        kind,
                        ChangeEffect.CHANGES,
                        subject(path) + " changed " + label + "; such changes are not analysed and count as breaking");
                return;
            }
        }
    }
}
