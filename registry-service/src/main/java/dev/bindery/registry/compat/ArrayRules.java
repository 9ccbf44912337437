package dev.bindery.registry.compat;

import static dev.bindery.registry.compat.Comparison.report;
import static dev.bindery.registry.compat.Comparison.subject;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Array keywords. Both item forms are read as a tuple prefix and a schema for the remaining items: 2020-12
 * {@code prefixItems} + {@code items}, and the older {@code items} array + {@code additionalItems} or {@code items}
 * schema. Position i is compared with position i (or the other side's remaining-items schema); differences are
 * reported at {@code /prefixItems/i} and {@code /items}.
 */
final class ArrayRules {
    private final Comparison comparison;

    ArrayRules(Comparison comparison) {
        this.comparison = comparison;
    }

    private record Items(List<JsonNode> prefix, JsonNode rest) {
        JsonNode at(int i) {
            return i < prefix.size() ? prefix.get(i) : rest;
        }
    }

    private static Items items(JsonNode x) {
        List<JsonNode> prefix = new ArrayList<>();
        JsonNode items = x.get("items");
        if (x.has("prefixItems")) {
            x.get("prefixItems").forEach(prefix::add);
            return new Items(prefix, items == null ? Comparison.TRUE : items);
        }
        if (items != null && items.isArray()) {
            items.forEach(prefix::add);
            JsonNode additional = x.get("additionalItems");
            return new Items(prefix, additional == null ? Comparison.TRUE : additional);
        }
        return new Items(prefix, items == null ? Comparison.TRUE : items);
    }

    void compare(JsonNode x, JsonNode y, String path, List<Difference> out) {
        Items a = items(x);
        Items b = items(y);
        int positions = Math.max(a.prefix.size(), b.prefix.size());
        for (int i = 0; i < positions; i++) {
            item(a.at(i), b.at(i), path + "/prefixItems/" + i, "item " + i + " of " + subject(path), out);
        }
        item(a.rest, b.rest, path + "/items", "items of " + subject(path), out);
        ScalarRules.count(
                x,
                y,
                "minItems",
                true,
                DifferenceKind.MIN_ITEMS_TIGHTENED,
                DifferenceKind.MIN_ITEMS_RELAXED,
                path,
                out);
        ScalarRules.count(
                x,
                y,
                "maxItems",
                false,
                DifferenceKind.MAX_ITEMS_TIGHTENED,
                DifferenceKind.MAX_ITEMS_RELAXED,
                path,
                out);
        boolean uniqueBefore = x.path("uniqueItems").asBoolean(false);
        boolean uniqueAfter = y.path("uniqueItems").asBoolean(false);
        if (uniqueAfter && !uniqueBefore) {
            report(
                    out,
                    path,
                    DifferenceKind.UNIQUE_ITEMS_ADDED,
                    ChangeEffect.NARROWS,
                    subject(path) + ": items must now be unique");
        } else if (uniqueBefore && !uniqueAfter) {
            report(
                    out,
                    path,
                    DifferenceKind.UNIQUE_ITEMS_REMOVED,
                    ChangeEffect.WIDENS,
                    subject(path) + ": items no longer need to be unique");
        }
    }

    private void item(JsonNode a, JsonNode b, String at, String what, List<Difference> out) {
        boolean trivial =
                Keywords.acceptsAll(a) || Keywords.rejectsAll(a) || Keywords.acceptsAll(b) || Keywords.rejectsAll(b);
        if (!trivial) {
            comparison.compare(a, b, at, out);
            return;
        }
        ChangeEffect effect = comparison.effectOf(a, b, at);
        switch (effect) {
            case NARROWS -> report(out, at, DifferenceKind.ITEMS_NARROWED, effect, what + " now accept fewer values");
            case WIDENS -> report(out, at, DifferenceKind.ITEMS_WIDENED, effect, what + " now accept more values");
            case CHANGES -> report(out, at, DifferenceKind.ITEMS_CHANGED, effect, what + " changed");
            case NEUTRAL -> {}
        }
    }
}
