package dev.bindery.maven;

import dev.bindery.maven.schema.SchemaRef;

/**
 * A registry schema in a goal's configuration:
 * {@code <schema><registry>orders</registry><name>com.acme@OrderPlaced</name><version>latest</version></schema>}.
 */
public class Schema {
    /** The registry name. Required. */
    String registry;

    /** The schema name. Required, except by {@code download}, where leaving it out downloads the whole registry. */
    String name;

    /** {@code latest} (the default) or a version number. */
    String version;

    public Schema() {}

    Schema(String registry, String name, String version) {
        this.registry = registry;
        this.name = name;
        this.version = version;
    }

    SchemaRef toRef() {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a <schema> of registry " + registry + " needs a <name>");
        }
        return new SchemaRef(registry == null ? "" : registry.trim(), name.trim(), version);
    }
}
