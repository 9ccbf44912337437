package dev.bindery.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.bindery.codegen.plan.Declaration.ScalarUnion;
import dev.bindery.codegen.plan.Declaration.ScalarUnion.Kind;
import dev.bindery.codegen.plan.Declaration.ScalarUnion.ScalarVariant;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a union of JSON kinds as an interface with one nested value type per kind, written through each
 * variant's {@code @JsonValue}. A union of scalars is read through a delegating {@code of(JsonNode)} creator
 * that picks the variant by token; one with an object or array variant through a nested {@code Reader} that
 * picks it by the current token and reads the typed value with the caller's context (ADR 0023).
 */
final class ScalarUnionEmitter {
    private static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");

    private ScalarUnionEmitter() {}

    static TypeSpec emit(ScalarUnion union, EmitContext ctx) {
        ClassName name = union.name();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC);
        type.addJavadoc(ctx.typeJavadoc(
                union.docs(),
                union.location(),
                union.mixed()
                        ? "One of several JSON kinds; the {@link Reader} picks the variant from the JSON token."
                        : "One of several JSON kinds; {@link #of} picks the variant from the JSON token."));
        ctx.markGenerated(type, union.location());
        if (union.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        if (union.mixed()) {
            type.addAnnotation(AnnotationSpec.builder(JSON_DESERIALIZE)
                    .addMember("using", "$T.class", name.nestedClass("Reader"))
                    .build());
            ctx.suppressDeprecation(
                    type,
                    union.variants().stream().map(ScalarVariant::valueType).toList());
            type.addType(MixedUnionReader.emit(union));
        } else {
            type.addMethod(of(union));
        }
        for (ScalarVariant v : union.variants()) {
            type.addType(variant(name, v, ctx));
        }
        if (ctx.records()) {
            type.addModifiers(Modifier.SEALED);
            for (ScalarVariant v : union.variants()) {
                type.addPermittedSubclass(name.nestedClass(v.simpleName()));
            }
        }
        return type.build();
    }

    /** The delegating creator of a union of scalars: the variant built from the JSON tree. */
    private static MethodSpec of(ScalarUnion union) {
        ClassName name = union.name();
        boolean hasNumber = union.variants().stream().anyMatch(v -> v.kind() == Kind.NUMBER);
        MethodSpec.Builder of = MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The variant for a JSON value.\n")
                .addAnnotation(AnnotationSpec.builder(Jackson.JSON_CREATOR)
                        .addMember("mode", "$T.DELEGATING", Jackson.JSON_CREATOR_MODE)
                        .build())
                .returns(name)
                .addParameter(Jackson.JSON_NODE, "node");
        for (ScalarVariant v : union.variants()) {
            ClassName variant = name.nestedClass(v.simpleName());
            switch (v.kind()) {
                case STRING ->
                    of.beginControlFlow("if (node.isTextual())")
                            .addStatement("return new $T(node.textValue())", variant)
                            .endControlFlow();
                case BOOLEAN ->
                    of.beginControlFlow("if (node.isBoolean())")
                            .addStatement("return new $T(node.booleanValue())", variant)
                            .endControlFlow();
                case INTEGER ->
                    of.beginControlFlow(hasNumber ? "if (node.isIntegralNumber())" : "if (node.isNumber())")
                            .addStatement("return new $T(node.bigIntegerValue())", variant)
                            .endControlFlow();
                case NUMBER ->
                    of.beginControlFlow("if (node.isNumber())")
                            .addStatement("return new $T(node.decimalValue())", variant)
                            .endControlFlow();
                case OTHER, ARRAY ->
                    of.beginControlFlow("if (node.isArray())")
                            .addStatement("return new $T(node)", variant)
                            .endControlFlow();
                case OBJECT ->
                    of.beginControlFlow("if (node.isObject())")
                            .addStatement("return new $T(node)", variant)
                            .endControlFlow();
            }
        }
        of.addStatement(
                "throw new $T($S + node.getNodeType())",
                IllegalArgumentException.class,
                "no variant of " + name.simpleName() + " takes JSON ");
        return of.build();
    }

    private static String article(Kind kind) {
        return switch (kind) {
            case STRING -> "A string value.";
            case BOOLEAN -> "A boolean value.";
            case INTEGER -> "An integer value.";
            case NUMBER -> "A number value.";
            case OBJECT -> "A JSON object.";
            case ARRAY -> "A JSON array.";
            case OTHER -> "Any other JSON value.";
        };
    }

    private static TypeSpec variant(ClassName union, ScalarVariant v, EmitContext ctx) {
        ClassName name = union.nestedClass(v.simpleName());
        MethodSpec value = MethodSpec.methodBuilder("value")
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(Jackson.JSON_VALUE)
                .returns(v.valueType())
                .addStatement("return value")
                .build();
        if (ctx.records()) {
            return TypeSpec.recordBuilder(name)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc(Formats.code(article(v.kind())) + "\n")
                    .recordConstructor(MethodSpec.constructorBuilder()
                            .addParameter(ParameterSpec.builder(v.valueType(), "value")
                                    .build())
                            .build())
                    .addSuperinterface(union)
                    .addMethod(MethodSpec.compactConstructorBuilder()
                            .addModifiers(Modifier.PUBLIC)
                            .addStatement("$T.requireNonNull(value, $S)", Jackson.OBJECTS, "value == null")
                            .build())
                    .addMethod(value)
                    .build();
        }
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(Formats.code(article(v.kind())) + "\n")
                .addSuperinterface(union)
                .addField(FieldSpec.builder(v.valueType(), "value", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(v.valueType(), "value")
                        .addStatement("this.value = $T.requireNonNull(value, $S)", Jackson.OBJECTS, "value == null")
                        .build())
                .addMethod(value)
                .addMethod(BeanEmitter.equalsMethod(name, List.of(), List.of("value")))
                .addMethod(BeanEmitter.hashCodeMethod(List.of("value")))
                .addMethod(BeanEmitter.toStringMethod(name, List.of("value")))
                .build();
    }
}
