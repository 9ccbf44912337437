package dev.bindery.codegen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.codegen.CodegenException;
import dev.bindery.codegen.model.InstanceType;
import dev.bindery.codegen.model.Schema;
import dev.bindery.codegen.model.SchemaDocument;
import dev.bindery.codegen.pointer.Pointer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions the planner asks about a schema's shape, looking through references: is it an object,
 * may it be {@code null}, what does {@code allOf} merge into, which constant does a property hold.
 */
final class Shapes {
    private final SchemaDocument document;

    Shapes(SchemaDocument document) {
        this.document = document;
    }

    Schema resolve(Schema schema) {
        return document.resolve(schema);
    }

    Schema resolveMerged(Schema schema) {
        Schema target = resolve(schema);
        return target.allOf().isEmpty() ? target : merge(target);
    }

    /** {@code allOf} folded into one schema: properties, required names and types combined. */
    Schema merge(Schema schema) {
        Schema.Builder b = schema.toBuilder();
        b.allOf.clear();
        mergeInto(b, schema, 0, new HashSet<>());
        if (b.types.isEmpty() && !b.properties.isEmpty()) {
            b.types.add(InstanceType.OBJECT);
        }
        // a composition is planned as the object it describes (ADR 0023 leaves allOf narrowed)
        b.typeImplied = false;
        return b.build();
    }

    private void mergeInto(Schema.Builder b, Schema schema, int level, Set<String> merged) {
        if (level > 32) {
            throw new CodegenException(schema.location(), "allOf nested too deep");
        }
        for (Schema part : schema.allOf()) {
            Schema target = resolve(part);
            if (!merged.add(target.location())) {
                continue; // each part once: a diamond of allOf references must not multiply the work
            }
            for (Map.Entry<String, Schema> e : target.properties().entrySet()) {
                b.properties.putIfAbsent(e.getKey(), e.getValue());
            }
            b.required.addAll(target.required());
            if (b.types.isEmpty()) {
                b.types.addAll(target.types());
            } else if (!target.types().isEmpty()) {
                b.types.retainAll(target.types());
            }
            if (target.additionalProperties() == Schema.Additional.TYPED && b.additionalSchema == null) {
                b.additionalProperties = Schema.Additional.TYPED;
                b.additionalSchema = target.additionalSchema();
            }
            if (b.title == null) {
                b.title = target.title();
            }
            if (b.description == null) {
                b.description = target.description();
            }
            if (b.format == null) {
                b.format = target.format();
            }
            if (b.enumValues == null && target.enumValues() != null) {
                b.enumValues = new ArrayList<>(target.enumValues());
            }
            if (b.constValue == null) {
                b.constValue = target.constValue();
            }
            if (b.oneOf.isEmpty()) {
                b.oneOf.addAll(target.oneOf());
            }
            if (b.anyOf.isEmpty()) {
                b.anyOf.addAll(target.anyOf());
            }
            b.minimum = b.minimum != null ? b.minimum : target.minimum();
            b.maximum = b.maximum != null ? b.maximum : target.maximum();
            mergeInto(b, target, level + 1, merged);
        }
    }

    boolean isObject(Schema schema) {
        Set<InstanceType> types = nonNullTypes(schema);
        return types.equals(EnumSet.of(InstanceType.OBJECT))
                || types.isEmpty() && !schema.properties().isEmpty();
    }

    /** A branch that only adds constraints ({@code required}, bounds) to its parent's type. */
    boolean isConstraintOnly(Schema schema) {
        return schema.ref() == null
                && schema.types().isEmpty()
                && schema.properties().isEmpty()
                && schema.enumValues() == null
                && schema.constValue() == null
                && schema.oneOf().isEmpty()
                && schema.anyOf().isEmpty()
                && schema.allOf().isEmpty();
    }

    boolean isNullOnly(Schema schema) {
        return schema.types().equals(Set.of(InstanceType.NULL))
                || schema.constValue() != null && schema.constValue().isNull()
                || schema.enumValues() != null
                        && !schema.enumValues().isEmpty()
                        && schema.enumValues().stream().allMatch(JsonNode::isNull);
    }

    Set<InstanceType> nonNullTypes(Schema schema) {
        Set<InstanceType> types = EnumSet.noneOf(InstanceType.class);
        types.addAll(schema.types());
        types.remove(InstanceType.NULL);
        return types;
    }

    /** Whether JSON {@code null} is a valid instance, looking through references and unions. */
    boolean allowsNull(Schema schema) {
        Schema s = schema;
        for (int hops = 0; s.ref() != null && hops < 64; hops++) {
            if (s.allowsNull()) {
                return true;
            }
            s = document.byLocation().get(s.ref());
        }
        if (s.allowsNull() || isNullOnly(s)) {
            return true;
        }
        if (s.enumValues() != null && s.enumValues().stream().anyMatch(JsonNode::isNull)) {
            return true;
        }
        for (Schema branch : s.oneOf()) {
            if (isNullOnly(resolve(branch)) || resolve(branch).allowsNull()) {
                return true;
            }
        }
        for (Schema branch : s.anyOf()) {
            if (isNullOnly(resolve(branch)) || resolve(branch).allowsNull()) {
                return true;
            }
        }
        return false;
    }

    String constOf(Schema object, String property) {
        Schema p = object.properties().get(property);
        if (p == null) {
            return null;
        }
        p = resolve(p);
        if (p.constValue() != null && p.constValue().isTextual()) {
            return p.constValue().asText();
        }
        if (p.enumValues() != null
                && p.enumValues().size() == 1
                && p.enumValues().get(0).isTextual()) {
            return p.enumValues().get(0).asText();
        }
        return null;
    }

    Set<InstanceType> typesOfValues(Schema schema) {
        Set<InstanceType> types = EnumSet.noneOf(InstanceType.class);
        List<JsonNode> values = schema.constValue() != null ? List.of(schema.constValue()) : schema.enumValues();
        for (JsonNode v : values) {
            types.add(
                    v.isTextual()
                            ? InstanceType.STRING
                            : v.isIntegralNumber()
                                    ? InstanceType.INTEGER
                                    : v.isNumber()
                                            ? InstanceType.NUMBER
                                            : v.isBoolean()
                                                    ? InstanceType.BOOLEAN
                                                    : v.isArray()
                                                            ? InstanceType.ARRAY
                                                            : v.isObject() ? InstanceType.OBJECT : InstanceType.NULL);
        }
        types.remove(InstanceType.NULL);
        return types;
    }

    String refName(String ref, String fallback) {
        String last = Pointer.lastToken(ref.substring(ref.indexOf('#') + 1));
        if (last.isEmpty()) {
            String file = ref.substring(0, ref.indexOf('#'));
            file = file.substring(file.lastIndexOf('/') + 1);
            return file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        }
        if (last.chars().allMatch(Character::isDigit)
                || Set.of("items", "additionalProperties").contains(last)) {
            return fallback;
        }
        return last;
    }

    String singular(String name) {
        if (name.endsWith("ies") && name.length() > 4) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 3) {
            return name.substring(0, name.length() - 1);
        }
        return name + "Item";
    }
}
