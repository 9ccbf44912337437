package dev.bindery.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.bindery.codegen.plan.Declaration.ScalarUnion;
import dev.bindery.codegen.plan.Declaration.ScalarUnion.Kind;
import dev.bindery.codegen.plan.Declaration.ScalarUnion.ScalarVariant;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the {@code Reader} of a union with object or array variants: a {@code JsonDeserializer} that picks the
 * variant by the current JSON token and reads its value with the caller's {@code DeserializationContext}, so
 * the variant's own type (a record, a list, an open enum) reads as it would anywhere else, without a tree.
 */
final class MixedUnionReader {
    private static final String DATABIND = "com.fasterxml.jackson.databind";
    private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    private static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
    private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    private static final ClassName JSON_DESERIALIZER = ClassName.get(DATABIND, "JsonDeserializer");
    private static final ClassName CONTEXT = ClassName.get(DATABIND, "DeserializationContext");

    private MixedUnionReader() {}

    static TypeSpec emit(ScalarUnion union) {
        ClassName name = union.name();
        Map<Kind, ScalarVariant> byKind = new EnumMap<>(Kind.class);
        union.variants().forEach(v -> byKind.put(v.kind(), v));
        MethodSpec.Builder read = MethodSpec.methodBuilder("deserialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(name)
                .addParameter(JSON_PARSER, "parser")
                .addParameter(CONTEXT, "context")
                .addException(IOException.class)
                .addStatement("$T token = parser.currentToken()", JSON_TOKEN);
        branch(read, name, "token == $T.START_OBJECT", byKind.get(Kind.OBJECT));
        branch(read, name, "token == $T.START_ARRAY", byKind.get(Kind.ARRAY));
        branch(read, name, "token == $T.VALUE_STRING", byKind.get(Kind.STRING));
        branch(read, name, "token == $T.VALUE_TRUE || token == $T.VALUE_FALSE", byKind.get(Kind.BOOLEAN));
        ScalarVariant integer = byKind.get(Kind.INTEGER);
        ScalarVariant number = byKind.get(Kind.NUMBER);
        branch(read, name, "token == $T.VALUE_NUMBER_INT", integer != null ? integer : number);
        branch(read, name, "token == $T.VALUE_NUMBER_FLOAT", number != null ? number : integer);
        ScalarVariant other = byKind.get(Kind.OTHER);
        if (other != null) {
            read.addStatement(
                    "return new $T(context.readValue(parser, $T.class))",
                    name.nestedClass(other.simpleName()),
                    other.valueType());
        } else {
            read.addStatement("return ($T) context.handleUnexpectedToken($T.class, parser)", name, name);
        }
        return TypeSpec.classBuilder("Reader")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Reads the variant that the JSON token's kind selects.\n")
                .superclass(ParameterizedTypeName.get(JSON_DESERIALIZER, name))
                .addMethod(read.build())
                .build();
    }

    private static void branch(MethodSpec.Builder read, ClassName union, String condition, ScalarVariant variant) {
        if (variant == null) {
            return;
        }
        Object[] tokens = condition.contains("||") ? new Object[] {JSON_TOKEN, JSON_TOKEN} : new Object[] {JSON_TOKEN};
        CodeBlock javaType = variant.valueType() instanceof ClassName c
                ? CodeBlock.of("$T.class", c)
                : CodeBlock.of(
                        "context.getTypeFactory().constructType(new $T<$T>() {})", TYPE_REFERENCE, variant.valueType());
        read.beginControlFlow("if (" + condition + ")", tokens)
                .addStatement(
                        "return new $T(context.readValue(parser,$W$L))",
                        union.nestedClass(variant.simpleName()),
                        javaType)
                .endControlFlow();
    }
}
