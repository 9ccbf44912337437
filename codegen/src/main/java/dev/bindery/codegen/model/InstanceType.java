package dev.bindery.codegen.model;

import java.util.Locale;

/** The seven instance types a JSON Schema {@code type} keyword names. */
public enum InstanceType {
    NULL,
    BOOLEAN,
    OBJECT,
    ARRAY,
    NUMBER,
    INTEGER,
    STRING;

    /** The type named by a {@code type} keyword value, or {@code null} when the name is unknown. */
    public static InstanceType fromKeyword(String name) {
        for (InstanceType type : values()) {
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
