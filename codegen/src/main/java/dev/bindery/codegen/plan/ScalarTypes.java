package dev.bindery.codegen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.model.Schema;
import java.math.BigDecimal;

/**
 * The rules for scalar schemas: string formats to {@code java.time}, {@code UUID} and {@code URI};
 * integers to {@code int}, {@code long} or {@code BigInteger} by their bounds; numbers to
 * {@code BigDecimal} (or {@code Double} when asked).
 */
final class ScalarTypes {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
    static final ClassName BIG_INTEGER = ClassName.get("java.math", "BigInteger");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final GeneratorOptions options;

    ScalarTypes(GeneratorOptions options) {
        this.options = options;
    }

    TypeName stringType(String format) {
        if (format == null) {
            return STRING;
        }
        return switch (format) {
            case "date-time" -> ClassName.get("java.time", "OffsetDateTime");
            case "date" -> ClassName.get("java.time", "LocalDate");
            case "time" -> ClassName.get("java.time", "OffsetTime");
            case "uuid" -> ClassName.get("java.util", "UUID");
            case "uri" -> ClassName.get("java.net", "URI");
            default -> STRING;
        };
    }

    TypeName integerType(Schema schema) {
        if ("int32".equals(schema.format())) {
            return ClassName.get(Integer.class);
        }
        if ("int64".equals(schema.format())) {
            return ClassName.get(Long.class);
        }
        BigDecimal min = schema.minimum();
        BigDecimal max = schema.maximum();
        if (min != null && max != null) {
            if (min.compareTo(INT_MIN) >= 0 && max.compareTo(INT_MAX) <= 0) {
                return ClassName.get(Integer.class);
            }
            if (min.compareTo(LONG_MIN) >= 0 && max.compareTo(LONG_MAX) <= 0) {
                return ClassName.get(Long.class);
            }
        }
        return BIG_INTEGER;
    }

    TypeName numberType() {
        return options.numbers() == GeneratorOptions.Numbers.DOUBLE ? ClassName.get(Double.class) : BIG_DECIMAL;
    }

    TypeName scalarOfValue(JsonNode value) {
        if (value.isTextual()) {
            return STRING;
        }
        if (value.isIntegralNumber()) {
            return BIG_INTEGER;
        }
        if (value.isNumber()) {
            return numberType();
        }
        if (value.isBoolean()) {
            return ClassName.get(Boolean.class);
        }
        return Planner.JSON_NODE;
    }
}
