package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** An existing version of a subject: its label and its JSON Schema document. */
public record VersionedSchema(String version, JsonNode schema) {
    public VersionedSchema {
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(schema, "schema == null");
    }
}
