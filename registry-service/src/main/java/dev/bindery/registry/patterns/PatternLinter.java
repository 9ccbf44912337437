package dev.bindery.registry.patterns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pattern lint: reads a valid pattern against the schemas of the events it could match and reports what cannot
 * match (ERROR) or looks unintended (WARNING), with the nearest name where one is near. Each {@code $or}
 * alternative is read on its own. Which schemas a pattern can match is decided by event-ruler on their declared
 * source and detail-type; everything else is read from the schemas' fields (see docs/adr/0018-event-patterns.md).
 */
@Singleton
public class PatternLinter {

    private final KnownSchemas known;
    private final ObjectMapper mapper;
    private final SampledMatches sampled;

    PatternLinter(KnownSchemas known, ObjectMapper mapper, SampledMatches sampled) {
        this.known = known;
        this.mapper = mapper;
        this.sampled = sampled;
    }

    /**
     * Lints {@code pattern} against the schemas discovered on {@code busName} (when {@code withDiscovered}: the caller
     * may read discovered-schemas) and {@code registryName}, and counts the sampled events of the discovered schemas it can match that it matches.
     *
     * @throws InvalidPatternException if the pattern is not valid
     */
    public LintReport lint(
            String pattern, @Nullable String busName, @Nullable String registryName, boolean withDiscovered) {
        String bus = RuleService.bus(busName);
        EventPattern compiled = EventPattern.compile(pattern);
        return sampled.add(compiled, lint(pattern, known.of(registryName, withDiscovered, bus)));
    }

    /** Lints a valid {@code pattern} against the given shapes. */
    public LintReport lint(String pattern, List<EventShape> shapes) {
        JsonNode json;
        try {
            json = mapper.readTree(pattern);
        } catch (JsonProcessingException e) {
            throw new InvalidPatternException("Event pattern is not valid. Reason: " + e.getOriginalMessage());
        }
        Set<LintFinding> findings = new LinkedHashSet<>();
        Set<EventShape> matching = new LinkedHashSet<>();
        if (shapes.isEmpty()) {
            findings.add(new LintFinding(
                    "",
                    "NO_KNOWN_SCHEMAS",
                    LintFinding.Severity.WARNING,
                    "No schema is known to check the pattern against: none was discovered on the bus and no "
                            + "registry was named.",
                    null));
        }
        for (Map<String, List<JsonNode>> branch : PatternBranches.of(json)) {
            new BranchLint(branch, shapes, findings).run().forEach(matching::add);
        }
        return new LintReport(new ArrayList<>(findings), new ArrayList<>(matching));
    }

    /** The lint of one alternative. */
    private final class BranchLint {

        private final Map<String, List<JsonNode>> branch;
        private final List<EventShape> shapes;
        private final Set<LintFinding> findings;

        BranchLint(Map<String, List<JsonNode>> branch, List<EventShape> shapes, Set<LintFinding> findings) {
            this.branch = branch;
            this.shapes = shapes;
            this.findings = findings;
        }

        List<EventShape> run() {
            Set<String> badPaths = envelopeKeys();
            if (shapes.isEmpty()) {
                return List.of();
            }
            List<EventShape> candidates = admitted();
            if (candidates.isEmpty()) {
                return List.of();
            }
            boolean trivial = badPaths.isEmpty()
                    && (!branch.containsKey("source") && !branch.containsKey("detail-type")
                            || candidates.size() == shapes.size() && shapes.size() > 1);
            for (Map.Entry<String, List<JsonNode>> entry : branch.entrySet()) {
                String path = entry.getKey();
                if (badPaths.contains(path)) {
                    continue;
                }
                boolean pathTrivial = fieldChecks(path, entry.getValue(), candidates);
                if (!path.equals("source") && !path.equals("detail-type")) {
                    trivial &= pathTrivial;
                }
            }
            if (trivial) {
                add(
                        "",
                        "MATCHES_EVERYTHING",
                        LintFinding.Severity.WARNING,
                        "This pattern matches every event "
                                + "of every known schema ("
                                + candidates.size() + "): a rule with it receives everything on the bus.",
                        null);
            }
            return candidates;
        }

        /** Top-level keys that are not envelope fields; each is reported and skipped. */
        private Set<String> envelopeKeys() {
            Set<String> bad = new LinkedHashSet<>();
            for (String path : branch.keySet()) {
                String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
                if (!ShapeReader.ENVELOPE.containsKey(top)) {
                    bad.add(path);
                    String near = Names.nearestOne(top, ShapeReader.ENVELOPE.keySet());
                    add(
                            top,
                            "UNKNOWN_ENVELOPE_KEY",
                            LintFinding.Severity.ERROR,
                            "'" + top + "' is not a field of the "
                                    + "EventBridge envelope, so no event has it (the envelope's fields are "
                                    + String.join(", ", new TreeSet<>(ShapeReader.ENVELOPE.keySet())) + ").",
                            near);
                }
            }
            return bad;
        }

        /** The shapes whose declared source and detail-type the branch admits; reports when none does. */
        private List<EventShape> admitted() {
            List<JsonNode> sources = branch.get("source");
            List<JsonNode> detailTypes = branch.get("detail-type");
            if (sources == null && detailTypes == null) {
                return shapes;
            }
            List<EventShape> bySource = sources == null ? shapes : admit(shapes, sources, null);
            if (bySource.isEmpty()) {
                Set<String> known = new TreeSet<>();
                shapes.forEach(s -> {
                    if (s.source() != null) known.add(s.source());
                });
                add(
                        "source",
                        "UNKNOWN_SOURCE",
                        LintFinding.Severity.ERROR,
                        "No known schema has a source this " + "pattern matches" + listing(known, "known sources"),
                        suggest(sources, known));
                return List.of();
            }
            List<EventShape> both = detailTypes == null ? bySource : admit(bySource, sources, detailTypes);
            if (both.isEmpty()) {
                Set<String> known = new TreeSet<>();
                bySource.forEach(s -> {
                    if (s.detailType() != null) known.add(s.detailType());
                });
                add(
                        "detail-type",
                        "UNKNOWN_DETAIL_TYPE",
                        LintFinding.Severity.ERROR,
                        "No known schema "
                                + (sources == null ? "" : "of the matched sources ")
                                + "has a detail-type this pattern matches"
                                + listing(known, "known detail-types"),
                        suggest(detailTypes, known));
            }
            return both;
        }

        private List<EventShape> admit(
                List<EventShape> from, @Nullable List<JsonNode> sources, @Nullable List<JsonNode> detailTypes) {
            ObjectNode pattern = mapper.createObjectNode();
            if (sources != null) {
                pattern.putArray("source").addAll(sources);
            }
            if (detailTypes != null) {
                pattern.putArray("detail-type").addAll(detailTypes);
            }
            EventPattern compiled = EventPattern.compile(pattern.toString());
            List<EventShape> admitted = new ArrayList<>();
            for (EventShape shape : from) {
                if (shape.source() == null && shape.detailType() == null) {
                    admitted.add(shape); // declares neither: it cannot be told apart, so it is kept
                    continue;
                }
                ObjectNode event = mapper.createObjectNode();
                event.put("source", shape.source() == null ? "" : shape.source());
                event.put("detail-type", shape.detailType() == null ? "" : shape.detailType());
                if (compiled.matches(event)) {
                    admitted.add(shape);
                }
            }
            return admitted;
        }

        /** Checks one field's matchers; answers whether every event of the candidates passes them. */
        private boolean fieldChecks(String path, List<JsonNode> elements, List<EventShape> candidates) {
            List<EventShape.Field> fields = new ArrayList<>();
            List<EventShape> having = new ArrayList<>();
            for (EventShape shape : candidates) {
                EventShape.Field field = shape.fields().get(path);
                if (field != null) {
                    fields.add(field);
                    having.add(shape);
                }
            }
            boolean onlyAbsence = elements.stream()
                    .allMatch(e ->
                            e.path("exists").isBoolean() && !e.get("exists").asBoolean());
            if (fields.isEmpty()) {
                if (!onlyAbsence) {
                    add(
                            path,
                            "UNKNOWN_FIELD",
                            LintFinding.Severity.ERROR,
                            "No schema this pattern can match has " + path + " (" + candidates.size()
                                    + " checked), so it never matches.",
                            nearestPath(path, candidates));
                }
                return onlyAbsence;
            }
            if (fields.stream().noneMatch(EventShape.Field::leaf) && !onlyAbsence) {
                add(
                        path,
                        "NOT_A_LEAF",
                        LintFinding.Severity.ERROR,
                        path + " is an object; a pattern matches leaf " + "values, so name a field inside it.",
                        firstChild(path, having));
                return false;
            }
            boolean everywhereRequired =
                    fields.size() == candidates.size() && fields.stream().allMatch(EventShape.Field::required);
            boolean trivial = false;
            for (JsonNode element : elements) {
                trivial |= element(path, element, fields, having, everywhereRequired);
            }
            return trivial;
        }

        /** One matcher on a field; answers whether it passes every event. */
        private boolean element(
                String path,
                JsonNode element,
                List<EventShape.Field> fields,
                List<EventShape> having,
                boolean everywhereRequired) {
            if (!element.isObject()) {
                exact(path, element, fields, having);
                return false;
            }
            String operator =
                    element.fieldNames().hasNext() ? element.fieldNames().next() : "";
            JsonNode operand = element.path(operator);
            switch (operator) {
                case "exists" -> {
                    if (everywhereRequired && operand.asBoolean()) {
                        add(
                                path,
                                "EXISTS_ALWAYS_TRUE",
                                LintFinding.Severity.WARNING,
                                path + " is required in every "
                                        + "schema this pattern can match, so exists: true holds for every event.",
                                null);
                        return true;
                    }
                    if (everywhereRequired) {
                        add(
                                path,
                                "EXISTS_NEVER_TRUE",
                                LintFinding.Severity.ERROR,
                                path + " is required in every "
                                        + "schema this pattern can match, so exists: false holds for no event.",
                                null);
                    }
                }
                case "numeric" -> needs(path, "number", "numeric", fields);
                case "prefix", "suffix", "wildcard", "equals-ignore-case" -> {
                    needs(path, "string", operator, fields);
                    return operator.equals("prefix")
                                    && operand.isTextual()
                                    && operand.asText().isEmpty()
                                    && everywhereRequired
                            || operator.equals("wildcard") && operand.asText().equals("*") && everywhereRequired;
                }
                case "anything-but" -> {
                    if (operand.isObject()) {
                        needs(
                                path,
                                "string",
                                "anything-but " + operand.fieldNames().next(),
                                fields);
                    }
                }
                case "cidr" -> cidr(path, fields);
                default -> {}
            }
            return false;
        }

        private void exact(String path, JsonNode value, List<EventShape.Field> fields, List<EventShape> having) {
            if (value.isNull()) {
                return;
            }
            String type = value.isTextual() ? "string" : value.isNumber() ? "number" : "boolean";
            if (fields.stream().noneMatch(f -> f.mayBe(type))) {
                String suggestion = null;
                if (value.isTextual() && fields.stream().anyMatch(f -> f.mayBe("number")) && isNumber(value.asText())) {
                    suggestion = value.asText();
                } else if (value.isNumber() && fields.stream().anyMatch(f -> f.mayBe("string"))) {
                    suggestion = "\"" + value.asText() + "\"";
                } else if (value.isTextual()
                        && fields.stream().anyMatch(f -> f.mayBe("boolean"))
                        && (value.asText().equals("true") || value.asText().equals("false"))) {
                    suggestion = value.asText();
                }
                add(
                        path,
                        "TYPE_MISMATCH",
                        LintFinding.Severity.ERROR,
                        path + " is " + typeList(fields) + " in every " + "schema this pattern can match; the " + type
                                + " " + value + " never equals it.",
                        suggestion);
                return;
            }
            List<JsonNode> allowed = new ArrayList<>();
            boolean declared = false;
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).enumValues() == null) {
                    return; // some schema allows any value here
                }
                allowed.addAll(fields.get(i).enumValues());
                declared |= !having.get(i).discovered();
            }
            if (allowed.stream().anyMatch(a -> same(a, value))) {
                return;
            }
            Set<String> texts = new TreeSet<>();
            allowed.forEach(a -> texts.add(a.asText()));
            String near = Names.nearestOne(value.asText(), texts);
            if (declared) {
                add(
                        path,
                        "VALUE_NOT_IN_ENUM",
                        LintFinding.Severity.ERROR,
                        path + " is one of " + texts + "; " + value + " is not among them.",
                        near);
            } else {
                add(
                        path,
                        "VALUE_NEVER_OBSERVED",
                        LintFinding.Severity.WARNING,
                        "Discovery has observed only " + texts + " in " + path + ", never " + value + ".",
                        near);
            }
        }

        private void needs(String path, String type, String matcher, List<EventShape.Field> fields) {
            if (fields.stream().noneMatch(f -> f.mayBe(type))) {
                add(
                        path,
                        "TYPE_MISMATCH",
                        LintFinding.Severity.ERROR,
                        matcher + " matches " + type + "s, but " + path + " is " + typeList(fields)
                                + " in every schema this pattern can match.",
                        null);
            }
        }

        private void cidr(String path, List<EventShape.Field> fields) {
            needs(path, "string", "cidr", fields);
            boolean notAddress = fields.stream()
                    .allMatch(f -> f.format() != null && !f.format().startsWith("ipv")
                            || f.enumValues() != null
                                    && f.enumValues().stream()
                                            .noneMatch(v -> v.asText().matches("[0-9a-fA-F:.]+")));
            if (fields.stream().anyMatch(f -> f.mayBe("string")) && notAddress) {
                add(
                        path,
                        "TYPE_MISMATCH",
                        LintFinding.Severity.ERROR,
                        "cidr matches IP addresses, but " + path
                                + " holds no IP address in any schema this pattern can match.",
                        null);
            }
        }

        private void add(
                String path, String kind, LintFinding.Severity severity, String message, @Nullable String suggestion) {
            findings.add(new LintFinding(path, kind, severity, message, suggestion));
        }
    }

    private static @Nullable String suggest(List<JsonNode> elements, Set<String> known) {
        for (JsonNode element : elements) {
            String text = element.isTextual()
                    ? element.asText()
                    : element.path("prefix").isTextual()
                            ? element.get("prefix").asText()
                            : element.path("equals-ignore-case").isTextual()
                                    ? element.get("equals-ignore-case").asText()
                                    : element.path("wildcard").isTextual()
                                            ? element.get("wildcard").asText().replace("*", "")
                                            : null;
            if (text != null) {
                String near = Names.nearestOne(text, known);
                if (near != null) {
                    return near;
                }
            }
        }
        return null;
    }

    private static String listing(Set<String> known, String what) {
        if (known.isEmpty()) {
            return ".";
        }
        List<String> some = known.stream().limit(10).toList();
        return "; " + what + ": " + String.join(", ", some) + (known.size() > some.size() ? ", …" : "") + ".";
    }

    private static @Nullable String nearestPath(String path, List<EventShape> candidates) {
        Set<String> paths = new TreeSet<>();
        candidates.forEach(shape -> shape.fields().keySet().stream()
                .filter(p -> p.startsWith("detail."))
                .forEach(paths::add));
        int dot = path.lastIndexOf('.');
        String parent = path.substring(0, dot + 1);
        String last = path.substring(dot + 1);
        Set<String> siblings = new TreeSet<>();
        paths.stream()
                .filter(p -> p.startsWith(parent) && p.indexOf('.', parent.length()) < 0)
                .forEach(p -> siblings.add(p.substring(parent.length())));
        String sibling = Names.nearestOne(last, siblings);
        if (sibling != null) {
            return parent + sibling;
        }
        return Names.nearestOne(path, paths);
    }

    private static @Nullable String firstChild(String path, List<EventShape> having) {
        for (EventShape shape : having) {
            for (String candidate : shape.fields().keySet()) {
                if (candidate.startsWith(path + ".")
                        && shape.fields().get(candidate).leaf()) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String typeList(List<EventShape.Field> fields) {
        Set<String> types = new TreeSet<>();
        fields.forEach(f -> types.addAll(f.types()));
        return types.isEmpty() ? "untyped" : String.join(" or ", types);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
