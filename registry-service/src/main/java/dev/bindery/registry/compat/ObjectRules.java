package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Comparison.report;
import static dev.bindery.registry.compat.Comparison.subject;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.pointer.Pointer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Object keywords: {@code properties} against the content model ({@code additionalProperties} absent or true = open,
 * false = closed, a schema = partially open; {@code patternProperties}), {@code required}, property counts.
 *
 * <p>A property present on one side only is compared with what the other side applies to that name: its
 * {@code additionalProperties} schema, or nothing when a (shared) pattern property covers the name. Adding an
 * optional property to an open model therefore narrows (old instances could carry it with any value) unless its
 * schema accepts everything; that is the one difference {@link CompatibilityPolicy#LENIENT} forgives, with its mirror.
 */
final class ObjectRules {
    private final Comparison comparison;

    ObjectRules(Comparison comparison) {
        this.comparison = comparison;
    }

    void compare(JsonNode x, JsonNode y, String path, List<Difference> out) {
        List<Pattern> patterns = patterns(x, y, path, out);
        JsonNode oldProps = x.path("properties");
        JsonNode newProps = y.path("properties");
        JsonNode oldExtra = x.has("additionalProperties") ? x.get("additionalProperties") : Comparison.TRUE;
        JsonNode newExtra = y.has("additionalProperties") ? y.get("additionalProperties") : Comparison.TRUE;
        Set<String> oldRequired = names(x.get("required"));
        Set<String> newRequired = names(y.get("required"));

        Set<String> all = new LinkedHashSet<>();
        newProps.fieldNames().forEachRemaining(all::add);
        oldProps.fieldNames().forEachRemaining(all::add);
        for (String name : all) {
            String at = path + "/properties/" + Pointer.escape(name);
            JsonNode before = oldProps.get(name);
            JsonNode after = newProps.get(name);
            boolean covered = patterns == null
                    || patterns.stream().anyMatch(p -> p.matcher(name).find());
            if (before != null && after != null) {
                comparison.compare(before, after, at, out);
            } else if (after != null) {
                JsonNode applied = covered ? Comparison.TRUE : oldExtra;
                added(
                        name,
                        applied,
                        after,
                        at,
                        !covered && Keywords.acceptsAll(oldExtra) && !newRequired.contains(name),
                        out);
            } else {
                JsonNode applied = covered ? Comparison.TRUE : newExtra;
                removed(
                        name,
                        before,
                        applied,
                        at,
                        !covered && Keywords.acceptsAll(newExtra) && !oldRequired.contains(name),
                        out);
            }
        }
        additional(oldExtra, newExtra, path, out);

        for (String name : newRequired) {
            if (!oldRequired.contains(name)) {
                report(
                        out,
                        path,
                        DifferenceKind.REQUIRED_ADDED,
                        ChangeEffect.NARROWS,
                        "\"" + name + "\" is now required" + (path.isEmpty() ? "" : " in " + subject(path)));
            }
        }
        for (String name : oldRequired) {
            if (!newRequired.contains(name)) {
                report(
                        out,
                        path,
                        DifferenceKind.REQUIRED_REMOVED,
                        ChangeEffect.WIDENS,
                        "\"" + name + "\" is no longer required" + (path.isEmpty() ? "" : " in " + subject(path)));
            }
        }
        ScalarRules.count(
                x,
                y,
                "minProperties",
                true,
                DifferenceKind.MIN_PROPERTIES_TIGHTENED,
                DifferenceKind.MIN_PROPERTIES_RELAXED,
                path,
                out);
        ScalarRules.count(
                x,
                y,
                "maxProperties",
                false,
                DifferenceKind.MAX_PROPERTIES_TIGHTENED,
                DifferenceKind.MAX_PROPERTIES_RELAXED,
                path,
                out);
    }

    /**
     * The shared pattern properties, or null (every name counts as covered) when they differ or cannot be compiled:
     * then a CHANGES difference has been reported.
     */
    private List<Pattern> patterns(JsonNode x, JsonNode y, String path, List<Difference> out) {
        JsonNode a = x.get("patternProperties");
        JsonNode b = y.get("patternProperties");
        if (a == null && b == null) {
            return List.of();
        }
        if (a == null || b == null || !comparison.sameContent.same(a, b)) {
            report(
                    out,
                    path,
                    DifferenceKind.PATTERN_PROPERTIES_CHANGED,
                    ChangeEffect.CHANGES,
                    subject(path) + " changed patternProperties; such changes are not analysed and count as breaking");
            return null;
        }
        List<Pattern> compiled = new ArrayList<>();
        Iterator<String> names = a.fieldNames();
        while (names.hasNext()) {
            String regex = names.next();
            try {
                compiled.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                report(
                        out,
                        path,
                        DifferenceKind.PATTERN_PROPERTIES_CHANGED,
                        ChangeEffect.CHANGES,
                        subject(path) + ": patternProperties regex " + regex
                                + " cannot be evaluated, so property changes cannot be judged");
                return null;
            }
        }
        return compiled;
    }

    private void added(String name, JsonNode applied, JsonNode schema, String at, boolean open, List<Difference> out) {
        ChangeEffect effect = comparison.effectOf(applied, schema, at);
        String model = open
                ? "an open content model"
                : Keywords.rejectsAll(applied) ? "a closed content model" : "a partially open content model";
        String consequence = switch (effect) {
            case NEUTRAL -> "; it accepts anything, as before";
            case NARROWS ->
                open
                        ? "; old instances may carry \"" + name + "\" with values it now rejects"
                        : "; values accepted before under that name may now be rejected";
            case WIDENS -> "; instances carrying it were invalid before";
            case CHANGES -> "; its schema differs from what applied to that name before";
        };
        out.add(new Difference(
                at,
                DifferenceKind.PROPERTY_ADDED,
                effect,
                "property \"" + name + "\" added to " + model + consequence,
                open));
    }

    private void removed(
            String name, JsonNode schema, JsonNode applied, String at, boolean open, List<Difference> out) {
        ChangeEffect effect = comparison.effectOf(schema, applied, at);
        String model = open
                ? "an open content model"
                : Keywords.rejectsAll(applied) ? "a closed content model" : "a partially open content model";
        String consequence = switch (effect) {
            case NEUTRAL -> "";
            case NARROWS -> "; instances carrying it are now invalid";
            case WIDENS -> "; any value is now accepted under that name";
            case CHANGES -> "; what applies to that name now differs from its old schema";
        };
        out.add(new Difference(
                at,
                DifferenceKind.PROPERTY_REMOVED,
                effect,
                "property \"" + name + "\" removed from " + model + consequence,
                open));
    }

    /** Compares what applies to names no property (and no shared pattern) covers. */
    private void additional(JsonNode a, JsonNode b, String path, List<Difference> out) {
        boolean trivial =
                Keywords.acceptsAll(a) || Keywords.rejectsAll(a) || Keywords.acceptsAll(b) || Keywords.rejectsAll(b);
        String at = path + "/additionalProperties";
        if (!trivial) {
            comparison.compare(a, b, at, out);
            return;
        }
        ChangeEffect effect = comparison.effectOf(a, b, at);
        if (effect == ChangeEffect.NEUTRAL) {
            return;
        }
        DifferenceKind kind = switch (effect) {
            case NARROWS -> DifferenceKind.ADDITIONAL_PROPERTIES_NARROWED;
            case WIDENS -> DifferenceKind.ADDITIONAL_PROPERTIES_WIDENED;
            default -> DifferenceKind.ADDITIONAL_PROPERTIES_CHANGED;
        };
        report(
                out,
                at,
                kind,
                effect,
                subject(path) + ": additionalProperties changed from " + model(a) + " to " + model(b));
    }

    private static String model(JsonNode extra) {
        return Keywords.acceptsAll(extra)
                ? "open (any other property allowed)"
                : Keywords.rejectsAll(extra) ? "closed (no other property allowed)" : "a schema";
    }

    private static Set<String> names(JsonNode required) {
        Set<String> names = new LinkedHashSet<>();
        if (required != null && required.isArray()) {
            required.forEach(n -> names.add(n.asText()));
        }
        return names;
    }
}
