package dev.bindery.codegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One schema of a document, as read: only the keywords that shape Java types, with dialect differences
 * (draft-04 booleans, OpenAPI {@code nullable}, {@code items} arrays vs {@code prefixItems}) already
 * normalised. A {@code $ref} is kept as the {@linkplain #ref() location} of its target in the
 * {@link SchemaDocument}, so recursive schemas are finite.
 *
 * @param location where the schema sits: {@code <file>#<json pointer>}, used for names and errors
 * @param ref location of the referenced schema, or {@code null}
 * @param types the allowed instance types; empty means any type
 * @param format the {@code format} keyword, or {@code null}
 * @param title the {@code title}, or {@code null}
 * @param description the {@code description}, or {@code null}
 * @param deprecated whether {@code deprecated: true}
 * @param properties declared properties in document order
 * @param required names of required properties
 * @param additionalProperties what unknown properties may hold
 * @param additionalSchema the schema of additional properties when {@code additionalProperties} is typed
 * @param items the schema of array items (after any prefix), or {@code null}
 * @param prefixItems tuple items ({@code prefixItems}, or an {@code items} array before 2020-12)
 * @param closedItems whether no items may follow the tuple items ({@code items: false} after
 *     {@code prefixItems}, {@code additionalItems: false})
 * @param minItems {@code minItems}, or {@code null}
 * @param maxItems {@code maxItems}, or {@code null}
 * @param enumValues the {@code enum} values, or {@code null} when absent
 * @param constValue the {@code const} value, or {@code null} when absent
 * @param defaultValue the {@code default} value, or {@code null} when absent
 * @param oneOf {@code oneOf} branches
 * @param anyOf {@code anyOf} branches
 * @param allOf {@code allOf} branches
 * @param minimum the lower bound, or {@code null}: {@code minimum}, or a numeric {@code exclusiveMinimum}
 *     (draft-06 and later) taken as if inclusive, which only errs towards a wider integer type (the
 *     bound is used to choose {@code Integer}, {@code Long} or {@code BigInteger}, never to validate)
 * @param maximum the upper bound, or {@code null}: {@code maximum}, or a numeric {@code exclusiveMaximum}
 *     taken as if inclusive, likewise
 * @param discriminator the OpenAPI {@code discriminator.propertyName}, or {@code null}
 * @param discriminatorMapping the OpenAPI {@code discriminator.mapping} (value to location)
 * @param extensions vendor extensions ({@code x-…}) with their raw values
 * @param typeImplied whether {@code type} is absent and {@link #types} was implied from object or array
 *     keywords ({@code properties}, {@code items}…): such a schema admits every other kind of value too
 */
public record Schema(
        String location,
        String ref,
        Set<InstanceType> types,
        String format,
        String title,
        String description,
        boolean deprecated,
        Map<String, Schema> properties,
        Set<String> required,
        Additional additionalProperties,
        Schema additionalSchema,
        Schema items,
        List<Schema> prefixItems,
        boolean closedItems,
        Integer minItems,
        Integer maxItems,
        List<JsonNode> enumValues,
        JsonNode constValue,
        JsonNode defaultValue,
        List<Schema> oneOf,
        List<Schema> anyOf,
        List<Schema> allOf,
        BigDecimal minimum,
        BigDecimal maximum,
        String discriminator,
        Map<String, String> discriminatorMapping,
        Map<String, JsonNode> extensions,
        boolean typeImplied) {

    /** What an object schema says about properties it does not declare. */
    public enum Additional {
        /** Not constrained: unknown properties are allowed and kept. */
        OPEN,
        /** {@code additionalProperties: false}. */
        CLOSED,
        /** {@code additionalProperties: {schema}}. */
        TYPED
    }

    public Schema {
        Objects.requireNonNull(location, "location == null");
        types = Set.copyOf(types);
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
        Objects.requireNonNull(additionalProperties, "additionalProperties == null");
        if ((additionalProperties == Additional.TYPED) != (additionalSchema != null)) {
            throw new IllegalArgumentException(
                    "additionalSchema must be set exactly when additionalProperties is TYPED");
        }
        prefixItems = List.copyOf(prefixItems);
        enumValues = enumValues == null ? null : Collections.unmodifiableList(new ArrayList<>(enumValues));
        oneOf = List.copyOf(oneOf);
        anyOf = List.copyOf(anyOf);
        allOf = List.copyOf(allOf);
        discriminatorMapping = Collections.unmodifiableMap(new LinkedHashMap<>(discriminatorMapping));
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** Whether {@code null} is an allowed instance (a {@code null} type, or OpenAPI 3.0 {@code nullable}). */
    public boolean allowsNull() {
        return types.contains(InstanceType.NULL);
    }

    /** A builder for a schema at {@code location}, every keyword absent. */
    public static Builder builder(String location) {
        return new Builder(location);
    }

    /** A builder holding this schema's keywords. */
    public Builder toBuilder() {
        Builder b = new Builder(location);
        b.ref = ref;
        b.types.addAll(types);
        b.format = format;
        b.title = title;
        b.description = description;
        b.deprecated = deprecated;
        b.properties.putAll(properties);
        b.required.addAll(required);
        b.additionalProperties = additionalProperties;
        b.additionalSchema = additionalSchema;
        b.items = items;
        b.prefixItems.addAll(prefixItems);
        b.closedItems = closedItems;
        b.minItems = minItems;
        b.maxItems = maxItems;
        b.enumValues = enumValues == null ? null : new ArrayList<>(enumValues);
        b.constValue = constValue;
        b.defaultValue = defaultValue;
        b.oneOf.addAll(oneOf);
        b.anyOf.addAll(anyOf);
        b.allOf.addAll(allOf);
        b.minimum = minimum;
        b.maximum = maximum;
        b.discriminator = discriminator;
        b.discriminatorMapping.putAll(discriminatorMapping);
        b.extensions.putAll(extensions);
        b.typeImplied = typeImplied;
        return b;
    }

    /** Mutable accumulator for a {@link Schema}; confined to the reader and the planner. */
    public static final class Builder {
        private final String location;
        public String ref;
        public final Set<InstanceType> types = new LinkedHashSet<>();
        public String format;
        public String title;
        public String description;
        public boolean deprecated;
        public final Map<String, Schema> properties = new LinkedHashMap<>();
        public final Set<String> required = new LinkedHashSet<>();
        public Additional additionalProperties = Additional.OPEN;
        public Schema additionalSchema;
        public Schema items;
        public final List<Schema> prefixItems = new ArrayList<>();
        public boolean closedItems;
        public Integer minItems;
        public Integer maxItems;
        public List<JsonNode> enumValues;
        public JsonNode constValue;
        public JsonNode defaultValue;
        public final List<Schema> oneOf = new ArrayList<>();
        public final List<Schema> anyOf = new ArrayList<>();
        public final List<Schema> allOf = new ArrayList<>();
        public BigDecimal minimum;
        public BigDecimal maximum;
        public String discriminator;
        public final Map<String, String> discriminatorMapping = new LinkedHashMap<>();
        public final Map<String, JsonNode> extensions = new LinkedHashMap<>();
        public boolean typeImplied;

        private Builder(String location) {
            this.location = Objects.requireNonNull(location, "location == null");
        }

        public Schema build() {
            return new Schema(
                    location,
                    ref,
                    types,
                    format,
                    title,
                    description,
                    deprecated,
                    properties,
                    required,
                    additionalProperties,
                    additionalSchema,
                    items,
                    prefixItems,
                    closedItems,
                    minItems,
                    maxItems,
                    enumValues,
                    constValue,
                    defaultValue,
                    oneOf,
                    anyOf,
                    allOf,
                    minimum,
                    maximum,
                    discriminator,
                    discriminatorMapping,
                    extensions,
                    typeImplied);
        }
    }
}
