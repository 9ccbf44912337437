package dev.bindery.codegen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * A property of a generated object type.
 *
 * @param jsonName the name on the wire
 * @param javaName the Java field, component or accessor base name
 * @param valueType the type of a present, non-null value (boxed)
 * @param presence required/optional and nullable
 * @param docs Javadoc and deprecation
 * @param defaultValue the schema's {@code default}, documented only, or {@code null}
 */
public record Property(
        String jsonName, String javaName, TypeName valueType, Presence presence, Docs docs, JsonNode defaultValue) {
    private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

    public Property {
        Objects.requireNonNull(jsonName, "jsonName == null");
        Objects.requireNonNull(javaName, "javaName == null");
        Objects.requireNonNull(valueType, "valueType == null");
        Objects.requireNonNull(presence, "presence == null");
        Objects.requireNonNull(docs, "docs == null");
        if (valueType.isPrimitive()) {
            throw new IllegalArgumentException("valueType must be boxed: " + valueType);
        }
    }

    /** The declared Java type: primitive when required, {@code Optional<T>} when tri-state. */
    public TypeName fieldType() {
        return switch (presence) {
            case REQUIRED -> valueType.isBoxedPrimitive() ? valueType.unbox() : valueType;
            case REQUIRED_NULLABLE, OPTIONAL -> valueType;
            case OPTIONAL_NULLABLE -> ParameterizedTypeName.get(OPTIONAL, valueType);
        };
    }

    /** Whether the value is written even when it is {@code null}. */
    public boolean writesNull() {
        return presence == Presence.REQUIRED_NULLABLE;
    }
}
