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
 * Emits a union of scalar types as an interface with one nested value type per JSON kind, read through
 * a delegating {@code of(JsonNode)} creator that picks the variant by token and written through each
 * variant's {@code @JsonValue}.
 */
final class ScalarUnionEmitter {
    private ScalarUnionEmitter() {}

    static TypeSpec emit(ScalarUnion union, EmitContext ctx) {
        ClassName name = union.name();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC);
        type.addJavadoc(ctx.typeJavadoc(union.docs(), union.location(),
                "One of several JSON kinds; {@link #of} picks the variant from the JSON token."));
        ctx.markGenerated(type, union.location());
        if (union.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        boolean hasNumber = union.variants().stream().anyMatch(v -> v.kind() == Kind.NUMBER);
        MethodSpec.Builder of = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The variant for a JSON value.\n")
                .addAnnotation(AnnotationSpec.builder(Jackson.JSON_CREATOR)
                        .addMember("mode", "$T.DELEGATING", Jackson.JSON_CREATOR_MODE).build())
                .returns(name).addParameter(Jackson.JSON_NODE, "node");
        for (ScalarVariant v : union.variants()) {
            ClassName variant = name.nestedClass(v.simpleName());
            switch (v.kind()) {
                case STRING -> of.beginControlFlow("if (node.isTextual())")
                        .addStatement("return new $T(node.textValue())", variant).endControlFlow();
                case BOOLEAN -> of.beginControlFlow("if (node.isBoolean())")
                        .addStatement("return new $T(node.booleanValue())", variant).endControlFlow();
                case INTEGER -> of.beginControlFlow(hasNumber ? "if (node.isIntegralNumber())" : "if (node.isNumber())")
                        .addStatement("return new $T(node.bigIntegerValue())", variant).endControlFlow();
                case NUMBER -> of.beginControlFlow("if (node.isNumber())")
                        .addStatement("return new $T(node.decimalValue())", variant).endControlFlow();
                case OTHER -> of.beginControlFlow("if (node.isArray())")
                        .addStatement("return new $T(node)", variant).endControlFlow();
            }
        }
        of.addStatement("throw new $T($S + node.getNodeType())", IllegalArgumentException.class,
                "no variant of " + name.simpleName() + " takes JSON ");
        type.addMethod(of.build());
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

    private static String article(Kind kind) {
        return switch (kind) {
            case STRING -> "A string value.";
            case BOOLEAN -> "A boolean value.";
            case INTEGER -> "An integer value.";
            case NUMBER -> "A number value.";
            case OTHER -> "Any other JSON value.";
        };
    }

    private static TypeSpec variant(ClassName union, ScalarVariant v, EmitContext ctx) {
        ClassName name = union.nestedClass(v.simpleName());
        MethodSpec value = MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC)
                .addAnnotation(Jackson.JSON_VALUE).returns(v.valueType()).addStatement("return value").build();
        if (ctx.records()) {
            return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc(Formats.code(article(v.kind())) + "\n")
                    .recordConstructor(MethodSpec.constructorBuilder()
                            .addParameter(ParameterSpec.builder(v.valueType(), "value").build()).build())
                    .addSuperinterface(union)
                    .addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                            .addStatement("$T.requireNonNull(value, $S)", Jackson.OBJECTS, "value == null").build())
                    .addMethod(value)
                    .build();
        }
        return TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(Formats.code(article(v.kind())) + "\n")
                .addSuperinterface(union)
                .addField(FieldSpec.builder(v.valueType(), "value", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                        .addParameter(v.valueType(), "value")
                        .addStatement("this.value = $T.requireNonNull(value, $S)", Jackson.OBJECTS, "value == null").build())
                .addMethod(value)
                .addMethod(BeanEmitter.equalsMethod(name, List.of(), List.of("value")))
                .addMethod(BeanEmitter.hashCodeMethod(List.of("value")))
                .addMethod(BeanEmitter.toStringMethod(name, List.of("value")))
                .build();
    }
}
