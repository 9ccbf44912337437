package dev.bindery.codegen.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.CodegenException;
import dev.bindery.codegen.pointer.MalformedPointerException;
import dev.bindery.codegen.pointer.Pointer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code $ref}s to locations ({@code <file>#<pointer>}): JSON pointers, {@code $anchor} and
 * {@code $dynamicAnchor} names, relative files (loaded through the reader, inside its directory), and
 * the root's own {@code $id}. Anything with a URI scheme is remote and refused by name.
 */
final class References {
    /** Loads a file by its name relative to the schema directory; names the referring location on failure. */
    interface Loader {
        JsonNode load(String fileName, String referencedFrom);
    }

    private final Map<String, JsonNode> files;
    private final Loader loader;
    private final Map<String, Map<String, String>> anchors = new LinkedHashMap<>();

    References(Map<String, JsonNode> files, Loader loader) {
        this.files = files;
        this.loader = loader;
    }

    /** Turns a {@code $ref} into the location of its target; refuses remote references. */
    String resolve(String file, String location, String ref) {
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        String rootId = files.get(file).path("$id").asText(files.get(file).path("id").asText(""));
        if (!target.isEmpty() && !rootId.isEmpty() && stripFragment(rootId).equals(target)) {
            target = "";
        }
        if (target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new CodegenException(location, "remote reference " + ref + " is not fetched; "
                    + "inline it or put the file next to this one and use a relative reference");
        }
        String targetFile = file;
        if (!target.isEmpty()) {
            String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
            targetFile = Path.of(dir + target).normalize().toString().replace('\\', '/');
            loader.load(targetFile, location);
        }
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            String pointer = anchorsOf(targetFile).get(fragment);
            if (pointer == null) {
                throw new CodegenException(location, "reference " + ref + " names no $anchor or $dynamicAnchor");
            }
            return targetFile + "#" + pointer;
        }
        try {
            return targetFile + "#" + Pointer.ofFragment(fragment);
        } catch (MalformedPointerException e) {
            throw new CodegenException(location, "bad reference " + ref + ": " + e.getMessage(), e);
        }
    }

    /** {@code $anchor} and {@code $dynamicAnchor} names of a file, with their pointers (first wins). */
    private Map<String, String> anchorsOf(String file) {
        return anchors.computeIfAbsent(file, f -> {
            Map<String, String> found = new LinkedHashMap<>();
            collectAnchors(files.get(f), "", found, 0);
            return found;
        });
    }

    private static void collectAnchors(JsonNode node, String pointer, Map<String, String> found, int depth) {
        if (depth > SchemaReader.MAX_DEPTH * 4) {
            return;
        }
        if (node.isObject()) {
            for (String keyword : List.of("$anchor", "$dynamicAnchor")) {
                if (node.path(keyword).isTextual()) {
                    found.putIfAbsent(node.get(keyword).asText(), pointer);
                }
            }
            node.properties().forEach(e ->
                    collectAnchors(e.getValue(), Pointer.append(pointer, e.getKey()), found, depth + 1));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectAnchors(node.get(i), Pointer.append(pointer, Integer.toString(i)), found, depth + 1);
            }
        }
    }

    private static String stripFragment(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }
}
