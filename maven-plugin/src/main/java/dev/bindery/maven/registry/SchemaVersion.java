package dev.bindery.maven.registry;

import java.util.Objects;

/**
 * One version of a schema as the registry serves it (DescribeSchema).
 *
 * @param registry the registry name
 * @param name the schema name, e.g. {@code com.acme.orders@OrderPlaced}
 * @param version the version, {@code "1"}, {@code "2"}, …
 * @param type {@code OpenApi3} or {@code JSONSchemaDraft4}
 * @param content the schema document, verbatim
 */
public record SchemaVersion(String registry, String name, String version, String type, String content) {
    public SchemaVersion {
        Objects.requireNonNull(registry, "registry == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(content, "content == null");
    }
}
