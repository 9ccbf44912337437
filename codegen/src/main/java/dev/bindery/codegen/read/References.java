package dev.bindery.codegen.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.CodegenException;
import dev.bindery.codegen.pointer.MalformedPointerException;
import dev.bindery.codegen.pointer.Pointer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves {@code $ref}s to locations ({@code <file>#<pointer>}): JSON pointers, {@code $anchor} and
 * {@code $dynamicAnchor} names, relative files (loaded through the reader, inside its directory), and
 * files of the set by their root {@code $id}, and URLs under a ref-map prefix (loaded from the mapped local
 * file). Any other reference with a URI scheme is remote, never fetched, and refused by name.
 */
final class References {
    /** Loads a file by its name relative to the schema directory; names the referring location on failure. */
    interface Loader {
        JsonNode load(String fileName, String referencedFrom);

        /**
         * Loads the local file a ref-map gives for an absolute URL; returns the name the file is known by, or
         * {@code null} when no mapping covers the URL.
         */
        String loadMapped(String url, String referencedFrom);
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final Map<String, JsonNode> files;
    private final Loader loader;
    private final Map<String, Map<String, String>> anchors = new LinkedHashMap<>();

    References(Map<String, JsonNode> files, Loader loader) {
        this.files = files;
        this.loader = loader;
    }

    /** Turns a {@code $ref} into the location of its target; refuses remote references that no file or mapping holds. */
    String resolve(String file, String location, String ref) {
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        String targetFile = target.isEmpty() ? file : fileOf(file, location, ref, target);
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

    /**
     * The file a reference's document part names: a file of the set whose root {@code $id} is the absolute URL
     * it resolves to (against the referring file's {@code $id}), else the file a ref-map gives for that URL,
     * else a file relative to the referring one.
     */
    private String fileOf(String file, String location, String ref, String target) {
        String absolute = absolute(file, target);
        if (absolute != null) {
            String byId = fileWithId(absolute);
            if (byId != null) {
                return byId;
            }
            String mapped = loader.loadMapped(absolute, location);
            if (mapped != null) {
                return mapped;
            }
            if (SCHEME.matcher(target).matches() || SCHEME.matcher(file).matches()) {
                throw new CodegenException(
                        location,
                        "remote reference " + ref + " is not fetched; map its URL "
                                + "prefix to a local directory (--ref-map <url-prefix>=<dir>), or put the file next to this "
                                + "one and use a relative reference");
            }
        }
        String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        String targetFile = Path.of(dir + target).normalize().toString().replace('\\', '/');
        loader.load(targetFile, location);
        return targetFile;
    }

    /** {@code target} as an absolute URL, resolved against the referring file's base; {@code null} when it has none. */
    private String absolute(String file, String target) {
        if (SCHEME.matcher(target).matches()) {
            return target;
        }
        String base = rootId(file);
        if (!SCHEME.matcher(base).matches()) {
            base = SCHEME.matcher(file).matches() ? file : null;
        }
        if (base == null) {
            return null;
        }
        try {
            return stripFragment(new URI(base).resolve(new URI(target)).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The loaded file whose root {@code $id} (draft-04: {@code id}) is {@code url}, or {@code null}. */
    private String fileWithId(String url) {
        for (Map.Entry<String, JsonNode> e : files.entrySet()) {
            String id = rootId(e.getKey());
            if (!id.isEmpty() && stripFragment(id).equals(url) || e.getKey().equals(url)) {
                return e.getKey();
            }
        }
        return null;
    }

    private String rootId(String file) {
        JsonNode tree = files.get(file);
        if (tree == null || !tree.isObject()) {
            return "";
        }
        JsonNode id = tree.path("$id").isTextual() ? tree.get("$id") : tree.path("id");
        return id.isTextual() ? id.asText() : "";
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
            for (String keyword : List.of("$id", "id")) {
                // before 2019-09 a plain-name fragment was declared as an $id (draft-04: id) of "#name"
                String id = node.path(keyword).isTextual() ? node.get(keyword).asText() : "";
                if (id.length() > 1 && id.startsWith("#") && !id.startsWith("#/")) {
                    found.putIfAbsent(id.substring(1), pointer);
                }
            }
            node.properties()
                    .forEach(e -> collectAnchors(e.getValue(), Pointer.append(pointer, e.getKey()), found, depth + 1));
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
