package dev.bindery.codegen.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.CodegenException;
import dev.bindery.codegen.RefMapping;
import dev.bindery.codegen.json.DocumentFormat;
import dev.bindery.codegen.model.InstanceType;
import dev.bindery.codegen.model.Schema;
import dev.bindery.codegen.model.SchemaDocument;
import dev.bindery.codegen.model.SchemaDocument.Envelope;
import dev.bindery.codegen.model.SchemaDocument.NamedSchema;
import dev.bindery.codegen.pointer.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads JSON Schema and OpenAPI 3 documents into a {@link SchemaDocument}. One reader reads one
 * document or one directory of documents; it is not reusable.
 */
public final class SchemaReader {
    /** Deepest nesting of schemas read; deeper input is refused rather than overflowing the stack. */
    public static final int MAX_DEPTH = 128;
    /** Most schemas one document may contain. */
    public static final int MAX_SCHEMAS = 50_000;
    /** Largest document accepted, in characters. */
    public static final int MAX_DOCUMENT_CHARS = 10_000_000;
    /** The file name used in locations for a document given as text. */
    public static final String TEXT_NAME = "schema.json";

    private final Path baseDirectory;
    private final List<RefMapping> refMappings;
    private final Map<String, JsonNode> files = new LinkedHashMap<>();
    private final References references = new References(files, new References.Loader() {
        @Override
        public JsonNode load(String fileName, String referencedFrom) {
            return SchemaReader.this.load(fileName, referencedFrom);
        }

        @Override
        public String loadMapped(String url, String referencedFrom) {
            return SchemaReader.this.loadMapped(url, referencedFrom);
        }
    });
    private final Map<String, Schema> byLocation = new LinkedHashMap<>();
    private final Deque<String> pending = new ArrayDeque<>();

    private SchemaReader(Path baseDirectory, List<RefMapping> refMappings) {
        this.baseDirectory = baseDirectory;
        this.refMappings = List.copyOf(refMappings);
    }

    /**
     * Reads one document given as text. Relative file references are refused: there is no directory.
     *
     * @param fileName the name used in locations and error messages, e.g. {@code order.json}
     */
    public static SchemaDocument readString(String fileName, String json) {
        return readString(fileName, json, List.of());
    }

    /** Reads one document given as text; remote references under a mapped prefix read the mapped files. */
    public static SchemaDocument readString(String fileName, String json, List<RefMapping> refMappings) {
        Objects.requireNonNull(fileName, "fileName == null");
        Objects.requireNonNull(json, "json == null");
        SchemaReader reader = new SchemaReader(null, refMappings);
        reader.files.put(fileName, parse(fileName, json));
        return reader.readDocuments(List.of(fileName), baseName(fileName));
    }

    /**
     * Reads a document file, or every {@code *.json}, {@code *.yaml} and {@code *.yml} file of a directory
     * (in name order, below it too) as one document set. Relative file references resolve inside that
     * directory.
     */
    public static SchemaDocument readPath(Path fileOrDirectory) {
        return readPath(fileOrDirectory, List.of());
    }

    /**
     * Reads a document file or directory as {@link #readPath(Path)} does; remote references under a mapped
     * prefix read the mapped local files (sorted longest prefix first, as {@code GeneratorOptions} keeps them).
     */
    public static SchemaDocument readPath(Path fileOrDirectory, List<RefMapping> refMappings) {
        Objects.requireNonNull(fileOrDirectory, "fileOrDirectory == null");
        Path path = fileOrDirectory.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            SchemaReader reader = new SchemaReader(path, refMappings);
            List<String> names = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(p -> Files.isRegularFile(p)
                                && DocumentFormat.isDocumentFileName(
                                        p.getFileName().toString()))
                        .map(p -> path.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(names::add);
            } catch (IOException e) {
                throw new CodegenException(path.toString(), "cannot list directory: " + e.getMessage(), e);
            }
            if (names.isEmpty()) {
                throw new CodegenException(path.toString(), "no *.json, *.yaml or *.yml schema files in directory");
            }
            for (String name : names) {
                reader.load(name, path.toString());
            }
            return reader.readDocuments(
                    names,
                    path.getFileName() == null ? "schemas" : path.getFileName().toString());
        }
        if (!Files.isRegularFile(path)) {
            throw new CodegenException(path.toString(), "no such schema file");
        }
        SchemaReader reader = new SchemaReader(path.getParent(), refMappings);
        String name = path.getFileName().toString();
        reader.load(name, path.toString());
        return reader.readDocuments(List.of(name), baseName(name));
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static JsonNode parse(String fileName, String json) {
        if (json.length() > MAX_DOCUMENT_CHARS) {
            throw new CodegenException(fileName, "document larger than " + MAX_DOCUMENT_CHARS + " characters");
        }
        DocumentFormat format = DocumentFormat.of(fileName.equals(TEXT_NAME) ? null : fileName, json);
        try {
            JsonNode node = format.mapper().readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new CodegenException(fileName, "empty document");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new CodegenException(
                    fileName,
                    "not valid " + format + ": " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")"),
                    e);
        }
    }

    private JsonNode load(String fileName, String referencedFrom) {
        JsonNode cached = files.get(fileName);
        if (cached != null) {
            return cached;
        }
        if (baseDirectory == null) {
            throw new CodegenException(
                    referencedFrom,
                    "relative file reference " + fileName
                            + " needs a schema directory (generate from a file or directory, not from text)");
        }
        Path file = baseDirectory.resolve(fileName).normalize();
        if (!file.startsWith(baseDirectory)) {
            throw new CodegenException(referencedFrom, "file reference leaves the schema directory: " + fileName);
        }
        try {
            JsonNode node = parse(fileName, Files.readString(file, StandardCharsets.UTF_8));
            files.put(fileName, node);
            return node;
        } catch (IOException e) {
            throw new CodegenException(
                    referencedFrom, "cannot read referenced file " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** Loads the file a ref-map gives for {@code url}; {@code null} when no mapping covers it. */
    private String loadMapped(String url, String referencedFrom) {
        for (RefMapping mapping : refMappings) {
            Path file = mapping.localFile(url);
            if (file == null) {
                continue;
            }
            if (baseDirectory != null && file.startsWith(baseDirectory)) {
                String name = baseDirectory.relativize(file).toString().replace('\\', '/');
                load(name, referencedFrom);
                return name;
            }
            if (!files.containsKey(url)) {
                try {
                    files.put(url, parse(url, Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new CodegenException(
                            referencedFrom,
                            "cannot read " + file + ", which --ref-map " + mapping.prefix() + " gives for " + url + ": "
                                    + e.getMessage(),
                            e);
                }
            }
            return url;
        }
        return null;
    }

    private SchemaDocument readDocuments(List<String> fileNames, String documentName) {
        List<NamedSchema> roots = new ArrayList<>();
        List<NamedSchema> components = new ArrayList<>();
        Envelope envelope = null;
        for (String fileName : fileNames) {
            JsonNode tree = files.get(fileName);
            if (!tree.isObject()) {
                throw new CodegenException(fileName + "#", "a schema document must be a JSON object");
            }
            if (tree.has("swagger")) {
                throw new CodegenException(fileName + "#/swagger", "Swagger 2.0 is not supported; use OpenAPI 3");
            }
            Dialect dialect = Dialect.of(tree);
            Map<String, JsonNode> componentNodes = new LinkedHashMap<>();
            String componentPointer;
            if (dialect == Dialect.OPENAPI) {
                componentPointer = "/components/schemas";
                JsonNode schemas = tree.path("components").path("schemas");
                schemas.properties().forEach(e -> componentNodes.put(e.getKey(), e.getValue()));
                if (componentNodes.isEmpty()) {
                    throw new CodegenException(
                            fileName + "#/components/schemas", "OpenAPI document has no component schemas");
                }
            } else {
                componentPointer = tree.has("$defs") ? "/$defs" : "/definitions";
                tree.path("definitions").properties().forEach(e -> componentNodes.put(e.getKey(), e.getValue()));
                tree.path("$defs").properties().forEach(e -> componentNodes.putIfAbsent(e.getKey(), e.getValue()));
            }
            Map<String, Schema> read = new LinkedHashMap<>();
            for (String name : componentNodes.keySet()) {
                String pointer = tree.path("definitions").has(name) && dialect != Dialect.OPENAPI
                        ? Pointer.append("/definitions", name)
                        : Pointer.append(componentPointer, name);
                read.put(name, readAt(fileName, pointer, dialect));
            }
            String title =
                    dialect == Dialect.OPENAPI ? tree.path("info").path("title").asText(null) : null;
            if (dialect == Dialect.OPENAPI) {
                Schema aws = read.get("AWSEvent");
                String detailName = aws == null ? null : Envelopes.detailComponent(aws);
                if (detailName != null && read.containsKey(detailName)) {
                    envelope = envelope != null ? envelope : Envelopes.envelopeOf(aws);
                    roots.add(new NamedSchema(detailName, read.get(detailName)));
                    read.forEach((name, schema) -> {
                        if (!name.equals("AWSEvent") && !name.equals(detailName)) {
                            components.add(new NamedSchema(name, schema));
                        }
                    });
                } else {
                    String rootName = title != null && read.containsKey(title)
                            ? title
                            : read.keySet().iterator().next();
                    roots.add(new NamedSchema(rootName, read.get(rootName)));
                    read.forEach((name, schema) -> {
                        if (!name.equals(rootName)) {
                            components.add(new NamedSchema(name, schema));
                        }
                    });
                }
            } else {
                Schema root = readAt(fileName, "", dialect);
                String detailName = Envelopes.isEnvelope(root) ? Envelopes.detailComponent(root) : null;
                if (detailName != null && read.containsKey(detailName)) {
                    envelope = envelope != null ? envelope : Envelopes.envelopeOf(root);
                    roots.add(new NamedSchema(detailName, read.get(detailName)));
                    read.forEach((name, schema) -> {
                        if (!name.equals(detailName)) {
                            components.add(new NamedSchema(name, schema));
                        }
                    });
                } else {
                    String rootName = root.title() != null ? root.title() : baseName(fileName);
                    roots.add(new NamedSchema(rootName, root));
                    read.forEach((name, schema) -> components.add(new NamedSchema(name, schema)));
                }
            }
        }
        drainPending();
        return new SchemaDocument(documentName, roots, components, byLocation, envelope);
    }

    /** Reads the schema at {@code file#pointer} (memoised), for components and reference targets. */
    private Schema readAt(String file, String pointer, Dialect dialect) {
        String location = file + "#" + pointer;
        Schema known = byLocation.get(location);
        if (known != null) {
            return known;
        }
        JsonNode node = Pointer.parse(pointer).resolve(files.get(file));
        if (node == null) {
            throw new CodegenException(location, "reference target does not exist");
        }
        return read(file, pointer, node, dialect, 0);
    }

    private void drainPending() {
        while (!pending.isEmpty()) {
            String location = pending.pop();
            if (byLocation.containsKey(location)) {
                continue;
            }
            int hash = location.indexOf('#');
            String file = location.substring(0, hash);
            Dialect dialect = Dialect.of(files.get(file));
            readAt(file, location.substring(hash + 1), dialect);
        }
    }

    private Schema read(String file, String pointer, JsonNode node, Dialect dialect, int depth) {
        String location = file + "#" + pointer;
        Schema known = byLocation.get(location);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            throw new CodegenException(location, "schemas nested deeper than " + MAX_DEPTH + " levels");
        }
        if (byLocation.size() >= MAX_SCHEMAS) {
            throw new CodegenException(location, "more than " + MAX_SCHEMAS + " schemas in one document");
        }
        Schema.Builder b = Schema.builder(location);
        if (node.isBoolean()) {
            Schema schema = b.build();
            byLocation.put(location, schema);
            return schema;
        }
        if (!node.isObject()) {
            throw new CodegenException(
                    location, "a schema must be an object or a boolean, found " + node.getNodeType());
        }
        JsonNode ref = node.get("$ref");
        if (ref == null && node.has("$recursiveRef")) {
            ref = node.get("$recursiveRef");
        }
        if (ref == null && node.has("$dynamicRef")) {
            ref = node.get("$dynamicRef");
        }
        if (ref != null) {
            if (!ref.isTextual()) {
                throw new CodegenException(location + "/$ref", "$ref must be a string");
            }
            b.ref = references.resolve(file, location, ref.asText());
            pending.push(b.ref);
        }
        readTypes(node, b, location);
        if (dialect == Dialect.OPENAPI && node.path("nullable").asBoolean(false)) {
            b.types.add(InstanceType.NULL);
        }
        b.format = text(node, "format");
        b.title = text(node, "title");
        b.description = text(node, "description");
        b.deprecated = node.path("deprecated").asBoolean(false);
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            for (Map.Entry<String, JsonNode> e : properties.properties()) {
                String child = Pointer.append(Pointer.append(pointer, "properties"), e.getKey());
                b.properties.put(e.getKey(), read(file, child, e.getValue(), dialect, depth + 1));
            }
        }
        JsonNode required = node.get("required");
        if (required != null && required.isArray()) {
            required.forEach(r -> b.required.add(r.asText()));
        }
        JsonNode additional =
                node.has("additionalProperties") ? node.get("additionalProperties") : node.get("unevaluatedProperties");
        if (additional != null) {
            if (additional.isBoolean()) {
                b.additionalProperties = additional.asBoolean() ? Schema.Additional.OPEN : Schema.Additional.CLOSED;
            } else if (additional.isObject() && additional.size() > 0) {
                String key = node.has("additionalProperties") ? "additionalProperties" : "unevaluatedProperties";
                b.additionalSchema = read(file, Pointer.append(pointer, key), additional, dialect, depth + 1);
                b.additionalProperties = Schema.Additional.TYPED;
            }
        }
        if (node.has("patternProperties")) {
            b.additionalProperties = Schema.Additional.OPEN;
            b.additionalSchema = null;
        }
        JsonNode items = node.get("items");
        JsonNode prefixItems = node.get("prefixItems");
        if (prefixItems != null && prefixItems.isArray()) {
            readList(file, Pointer.append(pointer, "prefixItems"), prefixItems, dialect, depth, b.prefixItems);
            if (items != null && items.isObject()) {
                b.items = read(file, Pointer.append(pointer, "items"), items, dialect, depth + 1);
            }
            b.closedItems = items != null && items.isBoolean() && !items.asBoolean();
        } else if (items != null && items.isArray()) {
            readList(file, Pointer.append(pointer, "items"), items, dialect, depth, b.prefixItems);
            JsonNode additionalItems = node.get("additionalItems");
            if (additionalItems != null && additionalItems.isObject()) {
                b.items = read(file, Pointer.append(pointer, "additionalItems"), additionalItems, dialect, depth + 1);
            }
            b.closedItems = additionalItems != null && additionalItems.isBoolean() && !additionalItems.asBoolean();
        } else if (items != null) {
            b.items = read(file, Pointer.append(pointer, "items"), items, dialect, depth + 1);
        }
        if (node.path("minItems").canConvertToInt()) {
            b.minItems = node.get("minItems").asInt();
        }
        if (node.path("maxItems").canConvertToInt()) {
            b.maxItems = node.get("maxItems").asInt();
        }
        JsonNode enumNode = node.get("enum");
        if (enumNode != null && enumNode.isArray()) {
            b.enumValues = new ArrayList<>();
            enumNode.forEach(b.enumValues::add);
        }
        b.constValue = node.get("const");
        b.defaultValue = node.get("default");
        readList(file, Pointer.append(pointer, "oneOf"), node.get("oneOf"), dialect, depth, b.oneOf);
        readList(file, Pointer.append(pointer, "anyOf"), node.get("anyOf"), dialect, depth, b.anyOf);
        readList(file, Pointer.append(pointer, "allOf"), node.get("allOf"), dialect, depth, b.allOf);
        if (node.path("minimum").isNumber()) {
            b.minimum = node.get("minimum").decimalValue();
        }
        if (node.path("exclusiveMinimum").isNumber()) {
            b.minimum = node.get("exclusiveMinimum").decimalValue();
        }
        if (node.path("maximum").isNumber()) {
            b.maximum = node.get("maximum").decimalValue();
        }
        if (node.path("exclusiveMaximum").isNumber()) {
            b.maximum = node.get("exclusiveMaximum").decimalValue();
        }
        JsonNode discriminator = node.get("discriminator");
        if (dialect == Dialect.OPENAPI && discriminator != null && discriminator.isObject()) {
            b.discriminator = text(discriminator, "propertyName");
            discriminator.path("mapping").properties().forEach(e -> {
                String target = e.getValue().asText();
                String targetRef =
                        target.contains("#") || target.contains("/") ? target : "#/components/schemas/" + target;
                String resolved = references.resolve(file, location + "/discriminator/mapping", targetRef);
                pending.push(resolved);
                b.discriminatorMapping.put(e.getKey(), resolved);
            });
        }
        node.properties().forEach(e -> {
            if (e.getKey().startsWith("x-")) {
                b.extensions.put(e.getKey(), e.getValue());
            }
        });
        // Keywords that imply a type when "type" is absent.
        if (b.types.isEmpty() || b.types.equals(Set.of(InstanceType.NULL))) {
            b.typeImplied = b.types.isEmpty();
            if (!b.properties.isEmpty() || node.has("additionalProperties") || node.has("required")) {
                b.types.add(InstanceType.OBJECT);
            } else if (b.items != null || !b.prefixItems.isEmpty()) {
                b.types.add(InstanceType.ARRAY);
            }
        }
        Schema schema = b.build();
        byLocation.put(location, schema);
        return schema;
    }

    private void readList(String file, String pointer, JsonNode array, Dialect dialect, int depth, List<Schema> into) {
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            into.add(read(file, Pointer.append(pointer, Integer.toString(i)), array.get(i), dialect, depth + 1));
        }
    }

    private static void readTypes(JsonNode node, Schema.Builder b, String location) {
        JsonNode type = node.get("type");
        if (type == null) {
            return;
        }
        List<JsonNode> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(names::add);
        } else {
            names.add(type);
        }
        for (JsonNode name : names) {
            InstanceType t = name.isTextual() ? InstanceType.fromKeyword(name.asText()) : null;
            if (t == null) {
                if (name.isTextual() && name.asText().equals("any")) {
                    continue;
                }
                throw new CodegenException(location + "/type", "unknown type " + name);
            }
            b.types.add(t);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The document kinds this reader tells apart. */
    private enum Dialect {
        JSON_SCHEMA,
        OPENAPI;

        static Dialect of(JsonNode tree) {
            return tree.has("openapi") ? OPENAPI : JSON_SCHEMA;
        }
    }
}
