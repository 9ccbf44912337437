package dev.bindery.registry.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid pattern's JSON as the lint reads it: one map per {@code $or} alternative (expanded wherever {@code $or}
 * appears), from dotted field path to the pattern's elements for that field (values and matcher objects, as
 * written). At most {@value #MAX_BRANCHES} alternatives are read.
 */
final class PatternBranches {

    static final int MAX_BRANCHES = 256;

    private PatternBranches() {}

    static List<Map<String, List<JsonNode>>> of(JsonNode pattern) {
        return expand(pattern, "");
    }

    private static List<Map<String, List<JsonNode>>> expand(JsonNode object, String prefix) {
        List<Map<String, List<JsonNode>>> branches = new ArrayList<>();
        branches.add(new LinkedHashMap<>());
        for (var field : object.properties()) {
            List<Map<String, List<JsonNode>>> parts;
            if (field.getKey().equals("$or") && field.getValue().isArray()) {
                parts = new ArrayList<>();
                for (JsonNode alternative : field.getValue()) {
                    parts.addAll(expand(alternative, prefix));
                }
            } else if (field.getValue().isObject()) {
                parts = expand(field.getValue(), prefix + field.getKey() + ".");
            } else {
                Map<String, List<JsonNode>> leaf = new LinkedHashMap<>();
                List<JsonNode> elements = new ArrayList<>();
                field.getValue().forEach(elements::add);
                leaf.put(prefix + field.getKey(), elements);
                parts = List.of(leaf);
            }
            List<Map<String, List<JsonNode>>> combined = new ArrayList<>();
            for (Map<String, List<JsonNode>> branch : branches) {
                for (Map<String, List<JsonNode>> part : parts) {
                    if (combined.size() >= MAX_BRANCHES) {
                        break;
                    }
                    Map<String, List<JsonNode>> merged = new LinkedHashMap<>(branch);
                    part.forEach((path, elements) -> merged.merge(path, elements, (a, b) -> {
                        List<JsonNode> both = new ArrayList<>(a);
                        both.addAll(b);
                        return both;
                    }));
                    combined.add(merged);
                }
            }
            branches = combined;
        }
        return branches;
    }
}
