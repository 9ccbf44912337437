package dev.bindery.registry.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one schema version says of its events, as a pattern sees them: the source and detail-type it declares
 * ({@code x-amazon-events-source}, {@code x-amazon-events-detail-type}) and every field by dotted path, arrays seen
 * through (a pattern names an array's elements by the array's path), in the order the document declares them.
 *
 * @param discovered whether it was inferred by discovery, so that its enums are the values observed, not declared
 */
public record EventShape(
        String registryName,
        String schemaName,
        long version,
        boolean discovered,
        @Nullable String source,
        @Nullable String detailType,
        Map<String, Field> fields) {

    public EventShape {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)); // document order
    }

    /**
     * One field.
     *
     * @param types      JSON types it may take ({@code string}, {@code number}, {@code integer}, {@code boolean},
     *                   {@code object}, {@code array}, {@code null}); empty when the schema does not say
     * @param enumValues its enum, or {@code null} when it has none
     * @param format     its string format, if any
     * @param required   whether every event has it (required at every level from the envelope)
     */
    public record Field(
            Set<String> types,
            @Nullable List<JsonNode> enumValues,
            @Nullable String format,
            boolean required) {

        public Field {
            types = Set.copyOf(types);
            enumValues = enumValues == null ? null : List.copyOf(enumValues);
        }

        /** Whether a pattern can match it: not an object (patterns match leaf values). */
        public boolean leaf() {
            return !types.equals(Set.of("object"));
        }

        public boolean mayBe(String type) {
            return types.isEmpty() || types.contains(type) || type.equals("number") && types.contains("integer");
        }
    }

    /** A reference to the schema version, as the lint answer lists it. */
    public String label() {
        return registryName + "/" + schemaName + " version " + version;
    }
}
