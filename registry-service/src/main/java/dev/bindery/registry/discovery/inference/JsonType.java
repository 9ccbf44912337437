package dev.bindery.registry.discovery.inference;

/** The JSON value types the engine counts; {@code INTEGER} and {@code NUMBER} split JSON numbers by their text. */
public enum JsonType {
    NULL,
    BOOLEAN,
    INTEGER,
    NUMBER,
    STRING,
    OBJECT,
    ARRAY;

    /** Lower-case name, as used in persisted state and statistics. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
