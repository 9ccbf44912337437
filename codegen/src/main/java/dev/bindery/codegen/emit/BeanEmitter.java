package dev.bindery.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.bindery.codegen.naming.Identifiers;
import dev.bindery.codegen.plan.Declaration.ObjectType;
import dev.bindery.codegen.plan.Presence;
import dev.bindery.codegen.plan.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an object type as a Java 8 bean: private fields that Jackson reads directly, getters, setters,
 * fluent setters (as AWS's bindings have), an any-getter/any-setter map for open objects,
 * {@code equals}/{@code hashCode}/{@code toString}.
 */
final class BeanEmitter {
    static final String TRI_STATE = "({@code null} when absent, {@code Optional.empty()} when JSON {@code null})";

    private BeanEmitter() {}

    static TypeSpec emit(ObjectType type, List<TypeVariableName> typeVariables, EmitContext ctx, boolean isFinal) {
        TypeSpec.Builder bean =
                TypeSpec.classBuilder(type.name()).addModifiers(Modifier.PUBLIC).addTypeVariables(typeVariables);
        if (isFinal) {
            bean.addModifiers(Modifier.FINAL);
        }
        bean.addJavadoc(ctx.typeJavadoc(type.docs(), type.location()));
        ctx.markGenerated(bean, type.location());
        bean.addAnnotation(AnnotationSpec.builder(Jackson.JSON_INCLUDE)
                .addMember("value", "$T.NON_NULL", Jackson.JSON_INCLUDE_INCLUDE)
                .build());
        bean.addAnnotation(AnnotationSpec.builder(Jackson.JSON_AUTO_DETECT)
                .addMember("fieldVisibility", "$T.ANY", Jackson.VISIBILITY)
                .addMember("getterVisibility", "$T.NONE", Jackson.VISIBILITY)
                .addMember("isGetterVisibility", "$T.NONE", Jackson.VISIBILITY)
                .addMember("setterVisibility", "$T.NONE", Jackson.VISIBILITY)
                .build());
        if (type.tuple()) {
            Jackson.tupleAnnotations(bean, type.properties());
        }
        if (type.docs().deprecated()) {
            bean.addAnnotation(Deprecated.class);
        }
        bean.addSuperinterfaces(type.interfaces());
        TypeName self = typeVariables.isEmpty()
                ? type.name()
                : ParameterizedTypeName.get(type.name(), typeVariables.toArray(new TypeName[0]));
        List<TypeName> referenced = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<MethodSpec> accessors = new ArrayList<>();
        for (Property p : type.properties()) {
            TypeName t = p.fieldType();
            referenced.add(t);
            fields.add(p.javaName());
            FieldSpec.Builder field = FieldSpec.builder(t, p.javaName(), Modifier.PRIVATE)
                    .addAnnotation(AnnotationSpec.builder(Jackson.JSON_PROPERTY)
                            .addMember("value", "$S", p.jsonName())
                            .build());
            if (p.writesNull()) {
                field.addAnnotation(AnnotationSpec.builder(Jackson.JSON_INCLUDE)
                        .addMember("value", "$T.ALWAYS", Jackson.JSON_INCLUDE_INCLUDE)
                        .build());
            }
            if (p.docs().deprecated()) {
                field.addAnnotation(Deprecated.class);
            }
            String summary = Javadocs.summary(p.docs());
            if (p.defaultValue() != null) {
                summary = (summary == null ? "" : summary + " ") + "Default when absent: {@code "
                        + Javadocs.escape(p.defaultValue().toString())
                                .replace("{", "&#123;")
                                .replace("}", "&#125;") + "}.";
            }
            if (p.presence() == Presence.OPTIONAL_NULLABLE) {
                summary = (summary == null ? "" : summary + " ") + TRI_STATE;
            }
            if (summary != null) {
                field.addJavadoc(Formats.code(summary) + "\n");
            }
            bean.addField(field.build());
            String suffix = Identifiers.capitalize(p.javaName());
            String assign = "this." + Formats.code(p.javaName()) + " = " + Formats.code(p.javaName());
            MethodSpec.Builder getter = MethodSpec.methodBuilder("get" + suffix)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(t)
                    .addStatement("return " + Formats.code(p.javaName()));
            MethodSpec.Builder setter = MethodSpec.methodBuilder("set" + suffix)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(t, p.javaName())
                    .addStatement(assign);
            MethodSpec.Builder fluent = MethodSpec.methodBuilder(p.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(self)
                    .addParameter(t, p.javaName())
                    .addStatement(assign)
                    .addStatement("return this");
            if (p.docs().deprecated()) {
                getter.addAnnotation(Deprecated.class);
                setter.addAnnotation(Deprecated.class);
                fluent.addAnnotation(Deprecated.class);
            }
            if (summary != null) {
                getter.addJavadoc(Formats.code(summary) + "\n");
            }
            accessors.add(getter.build());
            accessors.add(setter.build());
            accessors.add(fluent.build());
        }
        if (type.additionalValueType() != null) {
            TypeName mapType = ParameterizedTypeName.get(Jackson.MAP, Jackson.STRING, type.additionalValueType());
            referenced.add(mapType);
            String mapName = type.additionalName();
            fields.add(mapName);
            bean.addField(FieldSpec.builder(mapType, mapName, Modifier.PRIVATE, Modifier.FINAL)
                    .addAnnotation(Jackson.JSON_IGNORE)
                    .initializer("new $T<>()", Jackson.LINKED_HASH_MAP)
                    .build());
            accessors.add(MethodSpec.methodBuilder("get" + Identifiers.capitalize(mapName))
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Properties the schema does not declare, kept for re-publishing.\n")
                    .addAnnotation(Jackson.JSON_ANY_GETTER)
                    .returns(mapType)
                    .addStatement("return " + Formats.code(mapName))
                    .build());
            accessors.add(MethodSpec.methodBuilder("setAdditionalProperty")
                    .addModifiers(Modifier.PUBLIC)
                    .addAnnotation(Jackson.JSON_ANY_SETTER)
                    .addParameter(Jackson.STRING, "name")
                    .addParameter(type.additionalValueType(), "value")
                    .addStatement(Formats.code(mapName) + ".put(name, value)")
                    .build());
        }
        referenced.addAll(type.interfaces());
        ctx.suppressDeprecation(bean, referenced);
        bean.addMethods(accessors);
        bean.addMethod(equalsMethod(type.name(), typeVariables, fields));
        bean.addMethod(hashCodeMethod(fields));
        bean.addMethod(toStringMethod(type.name(), fields));
        return bean.build();
    }

    static MethodSpec equalsMethod(ClassName name, List<TypeVariableName> typeVariables, List<String> fields) {
        MethodSpec.Builder m = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "o");
        m.beginControlFlow("if (this == o)").addStatement("return true").endControlFlow();
        m.beginControlFlow("if (o == null || getClass() != o.getClass())")
                .addStatement("return false")
                .endControlFlow();
        if (fields.isEmpty()) {
            return m.addStatement("return true").build();
        }
        TypeName other = typeVariables.isEmpty()
                ? name
                : ParameterizedTypeName.get(
                        name,
                        typeVariables.stream()
                                .map(v -> (TypeName) com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class))
                                .toArray(TypeName[]::new));
        m.addStatement("$T other = ($T) o", other, other);
        CodeBlock.Builder expr = CodeBlock.builder();
        for (int i = 0; i < fields.size(); i++) {
            expr.add(i == 0 ? "" : "\n&& ");
            String field = Formats.code(fields.get(i));
            expr.add("$T.equals(" + field + ", other." + field + ")", Jackson.OBJECTS);
        }
        return m.addStatement("return $L", expr.build()).build();
    }

    static MethodSpec hashCodeMethod(List<String> fields) {
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash(" + Formats.code(String.join(", ", fields)) + ")", Jackson.OBJECTS)
                .build();
    }

    static MethodSpec toStringMethod(ClassName name, List<String> fields) {
        CodeBlock.Builder expr = CodeBlock.builder().add("$S", name.simpleName() + "{");
        for (int i = 0; i < fields.size(); i++) {
            expr.add("\n+ $S + " + Formats.code(fields.get(i)), (i == 0 ? "" : ", ") + fields.get(i) + "=");
        }
        expr.add("\n+ $S", "}");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", expr.build())
                .build();
    }
}
