package dev.bindery.maven.schema;

import java.util.Objects;

/**
 * A schema in a registry, at a version or the latest.
 *
 * @param registry the registry name
 * @param name the schema name, e.g. {@code com.acme.orders@OrderPlaced}
 * @param version {@code latest} or a version number such as {@code 3}
 */
public record SchemaRef(String registry, String name, String version) {
    /** The version that means "whatever is newest". */
    public static final String LATEST = "latest";

    public SchemaRef {
        Objects.requireNonNull(registry, "registry == null");
        Objects.requireNonNull(name, "name == null");
        if (registry.isBlank()) {
            throw new IllegalArgumentException("a <schema> needs a <registry>");
        }
        version = version == null || version.isBlank() ? LATEST : version.trim();
        if (!version.equals(LATEST) && !version.matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException(
                    "schema " + name + ": version must be 'latest' or a number, not " + version);
        }
    }

    public boolean isLatest() {
        return version.equals(LATEST);
    }

    /** The version to ask the registry for: {@code null} for the latest. */
    public String versionOrNull() {
        return isLatest() ? null : version;
    }

    @Override
    public String toString() {
        return registry + "/" + name + "@" + version;
    }
}
