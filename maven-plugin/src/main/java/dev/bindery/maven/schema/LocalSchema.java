package dev.bindery.maven.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.json.DocumentFormat;
import dev.bindery.codegen.json.JsonMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A schema file of the project.
 *
 * @param file the file
 * @param relativePath its path below the schema directory, {@code /}-separated, e.g. {@code orders/OrderPlaced.json}
 * @param bytes its content
 */
public record LocalSchema(Path file, String relativePath, byte[] bytes) {
    public LocalSchema {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(relativePath, "relativePath == null");
        Objects.requireNonNull(bytes, "bytes == null");
    }

    /**
     * The registry schema name this file stands for: its file name without {@code .json}, {@code .yaml}
     * or {@code .yml} ({@code com.acme.orders@OrderPlaced.json} → {@code com.acme.orders@OrderPlaced}), the
     * name {@code download} writes it under.
     */
    public String schemaName() {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : new String[] {".json", ".yaml", ".yml"}) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /** The file's text. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** How the document is written: by its file name, see {@link DocumentFormat#of}. */
    public DocumentFormat format() {
        return DocumentFormat.of(relativePath, text());
    }

    /** The document as a tree. */
    public JsonNode tree() {
        DocumentFormat format = format();
        try {
            return format.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid " + format + ": " + e.getMessage(), e);
        }
    }

    /** The content to send to a registry: JSON text, YAML files converted. */
    public String jsonContent() {
        if (format() == DocumentFormat.YAML) {
            try {
                return JsonMappers.pretty().writeValueAsString(tree());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        tree();
        return text();
    }

    /** The registry type of the document: {@code OpenApi3} when it has an {@code openapi} member, else {@code JSONSchemaDraft4}. */
    public String registryType() {
        return tree().has("openapi") ? "OpenApi3" : "JSONSchemaDraft4";
    }
}
