package dev.bindery.registry.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bindery.codegen.json.JsonMappers;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of the findings recorded with a version ({@code version_compatibility.findings}): a
 * JSON array of objects with the members {@code Version} (absent when null), {@code Path}, {@code Kind},
 * {@code Effect}, {@code Message} and {@code Breaking}, in that order, written compactly. Written by
 * hand rather than by annotations on {@link Finding}, so the domain type stays free of a storage format
 * and the stored bytes cannot change with the mapper's configuration.
 */
final class StoredFindings {

    private StoredFindings() {}

    static String write(List<Finding> findings) {
        ArrayNode array = JsonMappers.strict().createArrayNode();
        for (Finding f : findings) {
            ObjectNode node = array.addObject();
            if (f.version() != null) {
                node.put("Version", f.version());
            }
            node.put("Path", f.path());
            node.put("Kind", f.kind());
            node.put("Effect", f.effect());
            node.put("Message", f.message());
            node.put("Breaking", f.breaking());
        }
        try {
            return JsonMappers.strict().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings do not serialise", e);
        }
    }

    static List<Finding> read(String json) {
        JsonNode array;
        try {
            array = JsonMappers.strict().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("recorded findings do not parse", e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalStateException("recorded findings are not a JSON array");
        }
        List<Finding> findings = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            findings.add(new Finding(
                    node.path("Version").textValue(),
                    node.path("Path").textValue(),
                    node.path("Kind").textValue(),
                    node.path("Effect").textValue(),
                    node.path("Message").textValue(),
                    node.path("Breaking").booleanValue()));
        }
        return List.copyOf(findings);
    }
}
