package dev.bindery.registry.content;

import dev.bindery.registry.error.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The document types of schema content; the constant names are the wire values. */
public enum SchemaType {
    OpenApi3,
    JSONSchemaDraft4;

    /** Parses a wire value, failing with a message that lists the accepted ones. */
    public static SchemaType parse(String field, String value) {
        for (SchemaType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw ApiException.badRequest(
                "%s '%s' is not one of %s.",
                field, value, Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
