package dev.bindery.registry.discovery;

import dev.bindery.registry.discovery.inference.FieldStatistics;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Says in a few words what changed between two shapes, for a discovered version's description. */
final class ShapeChanges {

    private static final int MAX_LENGTH = 256;

    private ShapeChanges() {
    }

    static String describe(ShapeSnapshot before, ShapeSnapshot after) {
        if (before.eventCount() == 0) {
            return "Discovered from " + after.eventCount() + (after.eventCount() == 1 ? " event" : " events");
        }
        Map<String, FieldStatistics> old = before.fields().stream()
                .collect(Collectors.toMap(FieldStatistics::path, Function.identity(), (a, b) -> a));
        List<String> changes = new ArrayList<>();
        for (FieldStatistics field : after.fields()) {
            FieldStatistics previous = old.get(field.path());
            String name = readable(field.path());
            if (previous == null) {
                changes.add((field.required() ? "added field " : "added optional field ") + name);
            } else if (previous.required() && !field.required()) {
                changes.add(name + " became optional");
            } else if (!previous.typeCounts().keySet().equals(field.typeCounts().keySet())) {
                changes.add(name + " seen as " + field.typeCounts().keySet().stream()
                        .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).sorted().collect(Collectors.joining(" or ")));
            }
        }
        String text = changes.isEmpty() ? "Refined the inferred types" : String.join("; ", changes);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** {@code /detail/coupon} → {@code detail.coupon}. */
    private static String readable(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1).replace('/', '.') : pointer;
    }
}
