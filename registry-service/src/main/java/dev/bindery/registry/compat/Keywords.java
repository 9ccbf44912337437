package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the comparison knows about keywords: which ones assert (every other keyword is an annotation and never changes
 * the set of valid instances), the instance kinds of {@code type}, and the trivial schemas.
 */
final class Keywords {
    static final Set<String> ASSERTING = Set.of(
            "type",
            "enum",
            "const",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "format",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxContains",
            "minContains",
            "contains",
            "maxProperties",
            "minProperties",
            "required",
            "dependentRequired",
            "dependentSchemas",
            "dependencies",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "if",
            "then",
            "else",
            "prefixItems",
            "items",
            "additionalItems",
            "properties",
            "patternProperties",
            "additionalProperties",
            "propertyNames",
            "unevaluatedItems",
            "unevaluatedProperties",
            "$ref",
            "$dynamicRef",
            "$recursiveRef");

    // Instance kinds; "number" is INTEGER | FRACTION.
    static final int NULL = 1;
    static final int BOOLEAN = 2;
    static final int OBJECT = 4;
    static final int ARRAY = 8;
    static final int INTEGER = 16;
    static final int FRACTION = 32;
    static final int STRING = 64;
    static final int NUMBER = INTEGER | FRACTION;
    static final int ANY = 127;

    private Keywords() {}

    /** The instance kinds a schema object's {@code type} admits ({@link #ANY} without {@code type}). */
    static int typeMask(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return ANY;
        }
        if (type.isTextual()) {
            return kind(type.asText());
        }
        int mask = 0;
        if (type.isArray()) {
            for (JsonNode member : type) {
                mask |= kind(member.asText());
            }
        }
        return mask;
    }

    private static int kind(String name) {
        return switch (name) {
            case "null" -> NULL;
            case "boolean" -> BOOLEAN;
            case "object" -> OBJECT;
            case "array" -> ARRAY;
            case "integer" -> INTEGER;
            case "number" -> NUMBER;
            case "string" -> STRING;
            default -> 0;
        };
    }

    /** The kind of a JSON value. */
    static int kindOf(JsonNode value) {
        if (value.isNull()) {
            return NULL;
        } else if (value.isBoolean()) {
            return BOOLEAN;
        } else if (value.isObject()) {
            return OBJECT;
        } else if (value.isArray()) {
            return ARRAY;
        } else if (value.isNumber()) {
            return value.isIntegralNumber()
                            || value.decimalValue().stripTrailingZeros().scale() <= 0
                    ? INTEGER
                    : FRACTION;
        }
        return STRING;
    }

    /** Readable type names of a mask: {@code integer}, {@code [string, null]}, {@code any}. */
    static String describe(int mask) {
        if (mask == ANY) {
            return "any";
        }
        List<String> names = new ArrayList<>();
        if ((mask & STRING) != 0) {
            names.add("string");
        }
        if ((mask & NUMBER) == NUMBER) {
            names.add("number");
        } else if ((mask & INTEGER) != 0) {
            names.add("integer");
        } else if ((mask & FRACTION) != 0) {
            names.add("non-integer number");
        }
        if ((mask & BOOLEAN) != 0) {
            names.add("boolean");
        }
        if ((mask & OBJECT) != 0) {
            names.add("object");
        }
        if ((mask & ARRAY) != 0) {
            names.add("array");
        }
        if ((mask & NULL) != 0) {
            names.add("null");
        }
        return names.isEmpty() ? "nothing" : names.size() == 1 ? names.get(0) : names.toString();
    }

    /** True for {@code true} and for objects without any asserting keyword. */
    static boolean acceptsAll(JsonNode schema) {
        if (schema.isBoolean()) {
            return schema.booleanValue();
        }
        if (!schema.isObject()) {
            return false;
        }
        var names = schema.fieldNames();
        while (names.hasNext()) {
            if (ASSERTING.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    /** True for {@code false}, an empty {@code type} or {@code enum}, and {@code not} of a schema accepting all. */
    static boolean rejectsAll(JsonNode schema) {
        if (schema.isBoolean()) {
            return !schema.booleanValue();
        }
        if (!schema.isObject()) {
            return false;
        }
        JsonNode type = schema.get("type");
        JsonNode enumeration = schema.get("enum");
        JsonNode not = schema.get("not");
        return (type != null && type.isArray() && type.isEmpty())
                || (enumeration != null && enumeration.isArray() && enumeration.isEmpty())
                || (not != null && acceptsAll(not));
    }
}
