package dev.bindery.codegen.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Objects;

/** A named Java type to generate, decided from a schema. One record per kind of construct. */
public sealed interface Declaration {
    /** The generated type's name. */
    ClassName name();

    /** Javadoc and deprecation of the type. */
    Docs docs();

    /** The schema location it was decided from, named in {@code @Generated} comments and errors. */
    String location();

    /**
     * An object with declared properties; a record or a final class.
     *
     * @param additionalValueType value type of unknown properties kept in a map, or {@code null} when
     *     the schema closes the object
     * @param additionalName the Java name of the map of unknown properties, distinct from every
     *     property's Java and JSON name
     * @param interfaces unions this type is a variant of
     * @param tuple whether the type is a fixed-length JSON array, its properties the elements in order
     */
    record ObjectType(
            ClassName name,
            Docs docs,
            String location,
            List<Property> properties,
            TypeName additionalValueType,
            String additionalName,
            List<ClassName> interfaces,
            boolean tuple)
            implements Declaration {
        public ObjectType {
            Objects.requireNonNull(name, "name == null");
            if (tuple && additionalValueType != null) {
                throw new IllegalArgumentException("a tuple has no additional properties: " + name);
            }
            properties = List.copyOf(properties);
            interfaces = List.copyOf(interfaces);
        }
    }

    /**
     * A string enumeration that tolerates values it does not know: a final value class with one
     * constant per known value, the raw value kept for unknown ones.
     */
    record OpenEnum(ClassName name, Docs docs, String location, List<Constant> constants) implements Declaration {
        public OpenEnum {
            constants = List.copyOf(constants);
        }

        /** A known value and the constant that names it. */
        public record Constant(String javaName, String value) {}
    }

    /**
     * {@code oneOf}/{@code anyOf} of objects: an interface (sealed for records) with one variant per branch.
     *
     * @param discriminator the property whose value names the variant, or {@code null} to deduce the
     *     variant from the properties present
     * @param fallback the variant that holds instances of a variant this schema does not declare yet
     */
    record Union(
            ClassName name,
            Docs docs,
            String location,
            String discriminator,
            List<Variant> variants,
            ClassName fallback)
            implements Declaration {
        public Union {
            variants = List.copyOf(variants);
            Objects.requireNonNull(fallback, "fallback == null");
        }

        /** A variant type and its discriminator value ({@code null} when deduced). */
        public record Variant(ClassName type, String tag) {}
    }

    /**
     * A root whose type is no class of its own (an array, a scalar, any JSON value): a final class
     * holding the value, read and written as that value itself, so every root has a type to unmarshal into.
     *
     * @param valueType the root's own Java type, e.g. {@code List<Order>}
     */
    record Wrapper(ClassName name, Docs docs, String location, TypeName valueType) implements Declaration {
        public Wrapper {
            Objects.requireNonNull(valueType, "valueType == null");
        }
    }

    /**
     * A union of JSON kinds ({@code ["string","integer"]}, {@code oneOf} of scalars, of an object and a string,
     * see ADR 0023): an interface with one nested value type per kind, chosen by the JSON token.
     */
    record ScalarUnion(ClassName name, Docs docs, String location, List<ScalarVariant> variants)
            implements Declaration {
        public ScalarUnion {
            variants = List.copyOf(variants);
        }

        /** What JSON tokens a variant takes; {@code OTHER} takes arrays as JSON. */
        public enum Kind {
            STRING,
            BOOLEAN,
            INTEGER,
            NUMBER,
            OBJECT,
            ARRAY,
            OTHER
        }

        /** Whether a variant is an object or array, read by the JSON token rather than built from a JSON tree. */
        public boolean mixed() {
            return variants.stream().anyMatch(v -> v.kind() == Kind.OBJECT || v.kind() == Kind.ARRAY);
        }

        /** A nested variant type holding one value. */
        public record ScalarVariant(String simpleName, Kind kind, TypeName valueType) {}
    }
}
