package dev.bindery.codegen.model;

import java.util.Locale;

/** The seven JSON Schema instance types. */
public enum JsonType {
    NULL,
    BOOLEAN,
    OBJECT,
    ARRAY,
    NUMBER,
    INTEGER,
    STRING;

    /** The type named by a {@code type} keyword value, or {@code null} when the name is unknown. */
    public static JsonType fromKeyword(String name) {
        for (JsonType type : values()) {
            if (type.keyword().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** The name used by the {@code type} keyword. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
