package dev.bindery.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.codegen.GeneratorOptions.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden output of unions whose branches are of mixed JSON kinds (ADR 0023): one variant per kind, chosen
 * by the JSON token. Round trips of such unions are in {@link ConstructRoundTripTest} ({@code mixed-union}).
 */
class MixedUnionGoldenTest {
    static final String SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Config", "type": "object",
             "$defs": {"Rule": {"type": "object", "required": ["pattern"], "properties": {"pattern": {"type": "string"}}, "additionalProperties": false}},
             "properties": {
               "target": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {"host": {"type": "string"}}, "additionalProperties": false}]},
               "rules": {"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/Rule"}}, {"$ref": "#/$defs/Rule"}]},
               "mode": {"oneOf": [{"enum": ["fast", "safe"]}, {"type": "object", "properties": {"custom": {"type": "number"}}, "additionalProperties": false}]},
               "limit": {"oneOf": [{"type": "integer"}, {"type": "number"}, {"type": "string"}]},
               "shape": {"oneOf": [
                 {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "circle"}, "r": {"type": "number"}}, "additionalProperties": false},
                 {"type": "object", "required": ["kind"], "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}, "additionalProperties": false},
                 {"type": "string"}]},
               "loose": {"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "object", "properties": {"b": {"type": "string"}}}, {"type": "array", "items": {"type": "string"}}, {"type": "array", "items": {"type": "boolean"}}]}
             }}
            """;

    static List<GeneratedFile> generate(Style style) {
        return Generator.generate(
                SCHEMA,
                GeneratorOptions.defaults()
                        .withStyle(style)
                        .withPackageName("com.acme.config")
                        .withSchemaName("acme@Config")
                        .withSchemaVersion("1"));
    }

    static String file(Style style, String name) {
        List<GeneratedFile> files = generate(style);
        String path = "com/acme/config/" + name;
        return files.stream()
                .filter(f -> f.relativePath().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in "
                        + files.stream().map(GeneratedFile::relativePath).toList()))
                .content();
    }

    @Test
    void aTokenNoBranchTakesIsRefusedOnRead() {
        CompiledBinding binding = CompiledBinding.compile(generate(Style.RECORDS), 17);
        Class<?> root = binding.load("com.acme.config.Config");
        assertThat(binding.roundTrip("{\"target\":{\"host\":\"h\"}}", root)).isEqualTo("{\"target\":{\"host\":\"h\"}}");
        assertThatThrownBy(() -> binding.unmarshal("{\"target\":5}", root)).hasMessageContaining("Target");
    }

    @Test
    void stringOrObjectWrapsTheStringAndReadsTheObjectAsItsRecord() {
        assertThat(file(Style.RECORDS, "Target.java")).isEqualTo("""
                package com.acme.config;

                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.core.JsonParser;
                import com.fasterxml.jackson.core.JsonToken;
                import com.fasterxml.jackson.databind.DeserializationContext;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import java.io.IOException;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * One of several JSON kinds; the {@link Reader} picks the variant from the JSON token.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme@Config version 1, schema.json#/properties/target"
                )
                @JsonDeserialize(
                        using = Target.Reader.class
                )
                public sealed interface Target permits Target.OfObject, Target.OfString {
                    /**
                     * Reads the variant that the JSON token's kind selects.
                     */
                    final class Reader extends JsonDeserializer<Target> {
                        @Override
                        public Target deserialize(JsonParser parser, DeserializationContext context) throws
                                IOException {
                            JsonToken token = parser.currentToken();
                            if (token == JsonToken.START_OBJECT) {
                                return new OfObject(context.readValue(parser, TargetObject.class));
                            }
                            if (token == JsonToken.VALUE_STRING) {
                                return new OfString(context.readValue(parser, String.class));
                            }
                            return (Target) context.handleUnexpectedToken(Target.class, parser);
                        }
                    }

                    /**
                     * A JSON object.
                     */
                    record OfObject(TargetObject value) implements Target {
                        public OfObject {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public TargetObject value() {
                            return value;
                        }
                    }

                    /**
                     * A string value.
                     */
                    record OfString(String value) implements Target {
                        public OfString {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public String value() {
                            return value;
                        }
                    }
                }
                """);
    }

    @Test
    void arrayOrObjectReadsTheListWithItsElementType() {
        assertThat(file(Style.RECORDS, "Rules.java")).isEqualTo("""
                package com.acme.config;

                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.core.JsonParser;
                import com.fasterxml.jackson.core.JsonToken;
                import com.fasterxml.jackson.core.type.TypeReference;
                import com.fasterxml.jackson.databind.DeserializationContext;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import java.io.IOException;
                import java.util.List;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * One of several JSON kinds; the {@link Reader} picks the variant from the JSON token.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme@Config version 1, schema.json#/properties/rules"
                )
                @JsonDeserialize(
                        using = Rules.Reader.class
                )
                public sealed interface Rules permits Rules.OfObject, Rules.OfArray {
                    /**
                     * Reads the variant that the JSON token's kind selects.
                     */
                    final class Reader extends JsonDeserializer<Rules> {
                        @Override
                        public Rules deserialize(JsonParser parser, DeserializationContext context) throws
                                IOException {
                            JsonToken token = parser.currentToken();
                            if (token == JsonToken.START_OBJECT) {
                                return new OfObject(context.readValue(parser, Rule.class));
                            }
                            if (token == JsonToken.START_ARRAY) {
                                return new OfArray(context.readValue(parser,
                                        context.getTypeFactory().constructType(new TypeReference<List<Rule>>() {})));
                            }
                            return (Rules) context.handleUnexpectedToken(Rules.class, parser);
                        }
                    }

                    /**
                     * A JSON object.
                     */
                    record OfObject(Rule value) implements Rules {
                        public OfObject {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public Rule value() {
                            return value;
                        }
                    }

                    /**
                     * A JSON array.
                     */
                    record OfArray(List<Rule> value) implements Rules {
                        public OfArray {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public List<Rule> value() {
                            return value;
                        }
                    }
                }
                """);
    }

    @Test
    void enumOrObjectKeepsTheOpenEnum() {
        assertThat(file(Style.RECORDS, "Mode.java")).isEqualTo("""
                package com.acme.config;

                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.core.JsonParser;
                import com.fasterxml.jackson.core.JsonToken;
                import com.fasterxml.jackson.databind.DeserializationContext;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import java.io.IOException;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * One of several JSON kinds; the {@link Reader} picks the variant from the JSON token.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme@Config version 1, schema.json#/properties/mode"
                )
                @JsonDeserialize(
                        using = Mode.Reader.class
                )
                public sealed interface Mode permits Mode.OfObject, Mode.OfString {
                    /**
                     * Reads the variant that the JSON token's kind selects.
                     */
                    final class Reader extends JsonDeserializer<Mode> {
                        @Override
                        public Mode deserialize(JsonParser parser, DeserializationContext context) throws
                                IOException {
                            JsonToken token = parser.currentToken();
                            if (token == JsonToken.START_OBJECT) {
                                return new OfObject(context.readValue(parser, ModeObject.class));
                            }
                            if (token == JsonToken.VALUE_STRING) {
                                return new OfString(context.readValue(parser, ModeString.class));
                            }
                            return (Mode) context.handleUnexpectedToken(Mode.class, parser);
                        }
                    }

                    /**
                     * A JSON object.
                     */
                    record OfObject(ModeObject value) implements Mode {
                        public OfObject {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public ModeObject value() {
                            return value;
                        }
                    }

                    /**
                     * A string value.
                     */
                    record OfString(ModeString value) implements Mode {
                        public OfString {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public ModeString value() {
                            return value;
                        }
                    }
                }
                """);
    }

    @Test
    void objectsThatAreToldApartShareTheObjectVariantAsAUnion() {
        assertThat(file(Style.RECORDS, "Shape.java")).isEqualTo("""
                package com.acme.config;

                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.core.JsonParser;
                import com.fasterxml.jackson.core.JsonToken;
                import com.fasterxml.jackson.databind.DeserializationContext;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import java.io.IOException;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * One of several JSON kinds; the {@link Reader} picks the variant from the JSON token.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme@Config version 1, schema.json#/properties/shape"
                )
                @JsonDeserialize(
                        using = Shape.Reader.class
                )
                public sealed interface Shape permits Shape.OfObject, Shape.OfString {
                    /**
                     * Reads the variant that the JSON token's kind selects.
                     */
                    final class Reader extends JsonDeserializer<Shape> {
                        @Override
                        public Shape deserialize(JsonParser parser, DeserializationContext context) throws
                                IOException {
                            JsonToken token = parser.currentToken();
                            if (token == JsonToken.START_OBJECT) {
                                return new OfObject(context.readValue(parser, ShapeObject.class));
                            }
                            if (token == JsonToken.VALUE_STRING) {
                                return new OfString(context.readValue(parser, String.class));
                            }
                            return (Shape) context.handleUnexpectedToken(Shape.class, parser);
                        }
                    }

                    /**
                     * A JSON object.
                     */
                    record OfObject(ShapeObject value) implements Shape {
                        public OfObject {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public ShapeObject value() {
                            return value;
                        }
                    }

                    /**
                     * A string value.
                     */
                    record OfString(String value) implements Shape {
                        public OfString {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public String value() {
                            return value;
                        }
                    }
                }
                """);
    }

    @Test
    void kindsSharedByBranchesNotToldApartKeepTheirJson() {
        assertThat(file(Style.RECORDS, "Loose.java")).isEqualTo("""
                package com.acme.config;

                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.core.JsonParser;
                import com.fasterxml.jackson.core.JsonToken;
                import com.fasterxml.jackson.core.type.TypeReference;
                import com.fasterxml.jackson.databind.DeserializationContext;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.JsonNode;
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import java.io.IOException;
                import java.util.List;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * One of several JSON kinds; the {@link Reader} picks the variant from the JSON token.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme@Config version 1, schema.json#/properties/loose"
                )
                @JsonDeserialize(
                        using = Loose.Reader.class
                )
                public sealed interface Loose permits Loose.OfObject, Loose.OfArray {
                    /**
                     * Reads the variant that the JSON token's kind selects.
                     */
                    final class Reader extends JsonDeserializer<Loose> {
                        @Override
                        public Loose deserialize(JsonParser parser, DeserializationContext context) throws
                                IOException {
                            JsonToken token = parser.currentToken();
                            if (token == JsonToken.START_OBJECT) {
                                return new OfObject(context.readValue(parser, JsonNode.class));
                            }
                            if (token == JsonToken.START_ARRAY) {
                                return new OfArray(context.readValue(parser,
                                        context.getTypeFactory().constructType(new TypeReference<List<JsonNode>>() {})));
                            }
                            return (Loose) context.handleUnexpectedToken(Loose.class, parser);
                        }
                    }

                    /**
                     * A JSON object.
                     */
                    record OfObject(JsonNode value) implements Loose {
                        public OfObject {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public JsonNode value() {
                            return value;
                        }
                    }

                    /**
                     * A JSON array.
                     */
                    record OfArray(List<JsonNode> value) implements Loose {
                        public OfArray {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public List<JsonNode> value() {
                            return value;
                        }
                    }
                }
                """);
    }

    @Test
    void numberOrStringStaysAScalarUnion() {
        assertThat(file(Style.RECORDS, "Limit.java")).isEqualTo("""
                package com.acme.config;

                import com.fasterxml.jackson.annotation.JsonCreator;
                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.databind.JsonNode;
                import java.math.BigDecimal;
                import java.math.BigInteger;
                import java.util.Objects;
                import javax.annotation.processing.Generated;

                /**
                 * One of several JSON kinds; {@link #of} picks the variant from the JSON token.
                 */
                @Generated(
                        value = "dev.bindery.codegen",
                        comments = "schema acme@Config version 1, schema.json#/properties/limit"
                )
                public sealed interface Limit permits Limit.OfNumber, Limit.OfInteger, Limit.OfString {
                    /**
                     * The variant for a JSON value.
                     */
                    @JsonCreator(
                            mode = JsonCreator.Mode.DELEGATING
                    )
                    static Limit of(JsonNode node) {
                        if (node.isNumber()) {
                            return new OfNumber(node.decimalValue());
                        }
                        if (node.isIntegralNumber()) {
                            return new OfInteger(node.bigIntegerValue());
                        }
                        if (node.isTextual()) {
                            return new OfString(node.textValue());
                        }
                        throw new IllegalArgumentException("no variant of Limit takes JSON " + node.getNodeType());
                    }

                    /**
                     * A number value.
                     */
                    record OfNumber(BigDecimal value) implements Limit {
                        public OfNumber {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public BigDecimal value() {
                            return value;
                        }
                    }

                    /**
                     * An integer value.
                     */
                    record OfInteger(BigInteger value) implements Limit {
                        public OfInteger {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public BigInteger value() {
                            return value;
                        }
                    }

                    /**
                     * A string value.
                     */
                    record OfString(String value) implements Limit {
                        public OfString {
                            Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public String value() {
                            return value;
                        }
                    }
                }
                """);
    }

    @Test
    void beanStyleUnionOfKindsIsAPlainInterfaceWithFinalVariants() {
        assertThat(file(Style.CLASSES, "Target.java")).isEqualTo("""
                package com.acme.config;

                import com.fasterxml.jackson.annotation.JsonValue;
                import com.fasterxml.jackson.core.JsonParser;
                import com.fasterxml.jackson.core.JsonToken;
                import com.fasterxml.jackson.databind.DeserializationContext;
                import com.fasterxml.jackson.databind.JsonDeserializer;
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import java.io.IOException;
                import java.util.Objects;

                /**
                 * One of several JSON kinds; the {@link Reader} picks the variant from the JSON token.
                 *
                 * <p>Generated by Bindery codegen from schema acme@Config version 1, schema.json#/properties/target.
                 */
                @JsonDeserialize(
                        using = Target.Reader.class
                )
                public interface Target {
                    /**
                     * Reads the variant that the JSON token's kind selects.
                     */
                    final class Reader extends JsonDeserializer<Target> {
                        @Override
                        public Target deserialize(JsonParser parser, DeserializationContext context) throws
                                IOException {
                            JsonToken token = parser.currentToken();
                            if (token == JsonToken.START_OBJECT) {
                                return new OfObject(context.readValue(parser, TargetObject.class));
                            }
                            if (token == JsonToken.VALUE_STRING) {
                                return new OfString(context.readValue(parser, String.class));
                            }
                            return (Target) context.handleUnexpectedToken(Target.class, parser);
                        }
                    }

                    /**
                     * A JSON object.
                     */
                    final class OfObject implements Target {
                        private final TargetObject value;

                        public OfObject(TargetObject value) {
                            this.value = Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public TargetObject value() {
                            return value;
                        }

                        @Override
                        public boolean equals(Object o) {
                            if (this == o) {
                                return true;
                            }
                            if (o == null || getClass() != o.getClass()) {
                                return false;
                            }
                            OfObject other = (OfObject) o;
                            return Objects.equals(value, other.value);
                        }

                        @Override
                        public int hashCode() {
                            return Objects.hash(value);
                        }

                        @Override
                        public String toString() {
                            return "OfObject{"
                                    + "value=" + value
                                    + "}";
                        }
                    }

                    /**
                     * A string value.
                     */
                    final class OfString implements Target {
                        private final String value;

                        public OfString(String value) {
                            this.value = Objects.requireNonNull(value, "value == null");
                        }

                        @JsonValue
                        public String value() {
                            return value;
                        }

                        @Override
                        public boolean equals(Object o) {
                            if (this == o) {
                                return true;
                            }
                            if (o == null || getClass() != o.getClass()) {
                                return false;
                            }
                            OfString other = (OfString) o;
                            return Objects.equals(value, other.value);
                        }

                        @Override
                        public int hashCode() {
                            return Objects.hash(value);
                        }

                        @Override
                        public String toString() {
                            return "OfString{"
                                    + "value=" + value
                                    + "}";
                        }
                    }
                }
                """);
    }
}
