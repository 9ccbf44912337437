package dev.bindery.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.bindery.codegen.plan.Declaration.OpenEnum;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a string enumeration as an open value class: a constant per known value, {@code of(String)}
 * that returns the constant or a new instance holding an unknown value, so values added to the schema
 * later neither fail deserialisation nor get lost on re-publishing.
 */
final class EnumEmitter {
    /** Members that are the same in every open enumeration, built once. */
    private static final FieldSpec VALUE_FIELD = FieldSpec.builder(
                    Jackson.STRING, "value", Modifier.PRIVATE, Modifier.FINAL)
            .build();

    private static final MethodSpec CONSTRUCTOR = MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Jackson.STRING, "value")
            .addStatement("this.value = value")
            .build();
    private static final AnnotationSpec DELEGATING = AnnotationSpec.builder(Jackson.JSON_CREATOR)
            .addMember("mode", "$T.DELEGATING", Jackson.JSON_CREATOR_MODE)
            .build();
    private static final MethodSpec VALUE = MethodSpec.methodBuilder("value")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The value as it appears in JSON.\n")
            .addAnnotation(Jackson.JSON_VALUE)
            .returns(Jackson.STRING)
            .addStatement("return value")
            .build();
    private static final MethodSpec IS_KNOWN = MethodSpec.methodBuilder("isKnown")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Whether the value is one the schema declares.\n")
            .returns(boolean.class)
            .addStatement("return KNOWN.containsKey(value)")
            .build();
    private static final MethodSpec HASH_CODE = BeanEmitter.hashCodeMethod(List.of("value"));
    private static final MethodSpec TO_STRING = MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build();

    private EnumEmitter() {}

    /**
     * The enumeration's own name is written as its simple name, which is what JavaPoet writes for the type being
     * emitted, so it goes into the format text rather than as a {@code $T} argument; so do string literals that need
     * no escaping (see {@link Formats}).
     */
    static TypeSpec emit(OpenEnum e, EmitContext ctx) {
        ClassName name = e.name();
        String self = Formats.code(name.simpleName());
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        type.addJavadoc(ctx.typeJavadoc(
                e.docs(),
                e.location(),
                "An open enumeration: {@link #of(String)} accepts values that are not known yet and keeps\n"
                        + "them, so {@link #isKnown()} tells the constants from new values."));
        ctx.markGenerated(type, e.location());
        if (e.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        ParameterizedTypeName mapType = ParameterizedTypeName.get(Jackson.MAP, Jackson.STRING, name);
        for (OpenEnum.Constant c : e.constants()) {
            String literal = Formats.stringLiteral(c.value());
            type.addField(FieldSpec.builder(name, c.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The value {@code "
                            + Formats.code(Javadocs.escape(c.value())
                                    .replace("}", "&#125;")
                                    .replace("{", "&#123;")) + "}.\n")
                    .initializer(
                            literal != null
                                    ? CodeBlock.of("new " + self + "(" + literal + ")")
                                    : CodeBlock.of("new " + self + "($S)", c.value()))
                    .build());
        }
        type.addField(FieldSpec.builder(mapType, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("known()")
                .build());
        type.addField(VALUE_FIELD);
        type.addMethod(CONSTRUCTOR);
        MethodSpec.Builder known = MethodSpec.methodBuilder("known")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(mapType)
                .addStatement("$T map = new $T<>()", mapType, Jackson.LINKED_HASH_MAP);
        for (OpenEnum.Constant c : e.constants()) {
            String constant = Formats.code(c.javaName());
            known.addStatement("map.put(" + constant + ".value, " + constant + ")");
        }
        known.addStatement("return $T.unmodifiableMap(map)", Jackson.COLLECTIONS);
        type.addMethod(known.build());
        type.addMethod(MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The constant for {@code value}, or a new instance holding a value not known yet.\n")
                .addAnnotation(DELEGATING)
                .returns(name)
                .addParameter(Jackson.STRING, "value")
                .addStatement("$T.requireNonNull(value, \"value == null\")", Jackson.OBJECTS)
                .addStatement(self + " constant = KNOWN.get(value)")
                .addStatement("return constant != null ? constant : new " + self + "(value)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("knownValues")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("The values the schema declares, in schema order.\n")
                .returns(ParameterizedTypeName.get(Jackson.LIST, name))
                .addStatement(
                        "return $T.unmodifiableList(new $T<>(KNOWN.values()))", Jackson.COLLECTIONS, Jackson.ARRAY_LIST)
                .build());
        type.addMethod(VALUE);
        type.addMethod(IS_KNOWN);
        type.addMethod(BeanEmitter.equalsMethod(name, List.of(), List.of("value")));
        type.addMethod(HASH_CODE);
        type.addMethod(TO_STRING);
        return type.build();
    }
}
