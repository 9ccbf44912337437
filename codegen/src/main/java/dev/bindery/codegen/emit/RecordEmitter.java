package dev.bindery.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.bindery.codegen.plan.Declaration.ObjectType;
import dev.bindery.codegen.plan.Presence;
import dev.bindery.codegen.plan.Property;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an object type as a record: one {@code @JsonProperty} component per property in schema order,
 * a trailing {@code additionalProperties} component for open objects, required components checked in
 * the compact constructor. An object whose canonical constructor would pass the JVM's limit of 255
 * parameter slots cannot be a record ({@link #fits}); it is emitted as a bean.
 */
final class RecordEmitter {
    /** Parameter slots of a constructor: 255, one of them taken by {@code this}. */
    private static final int MAX_PARAMETER_SLOTS = 254;

    private RecordEmitter() {}

    /** Whether the canonical constructor of {@code type} stays within the JVM's parameter slots. */
    static boolean fits(ObjectType type) {
        int slots = type.additionalValueType() == null ? 0 : 1;
        for (Property p : type.properties()) {
            TypeName t = p.fieldType();
            slots += t.equals(TypeName.LONG) || t.equals(TypeName.DOUBLE) ? 2 : 1;
        }
        return slots <= MAX_PARAMETER_SLOTS;
    }

    /** Lists and maps are copied into unmodifiable ones (keeping order and {@code null} elements). */
    private static void copyCollection(MethodSpec.Builder compact, Property p) {
        if (!(p.fieldType() instanceof ParameterizedTypeName t)) {
            return;
        }
        String name = Formats.code(p.javaName());
        if (t.rawType().equals(Jackson.LIST)) {
            compact.addStatement(
                    name + " = " + name + " == null ? null : $T.unmodifiableList(new $T<>(" + name + "))",
                    Jackson.COLLECTIONS,
                    Jackson.ARRAY_LIST);
        } else if (t.rawType().equals(Jackson.MAP)) {
            compact.addStatement(
                    name + " = " + name + " == null ? null : $T.unmodifiableMap(new $T<>(" + name + "))",
                    Jackson.COLLECTIONS,
                    Jackson.LINKED_HASH_MAP);
        }
    }

    static TypeSpec emit(ObjectType type, List<TypeVariableName> typeVariables, EmitContext ctx) {
        TypeSpec.Builder record = TypeSpec.recordBuilder(type.name())
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariables(typeVariables);
        CodeBlock head = ctx.typeJavadoc(type.docs(), type.location());
        CodeBlock.Builder javadoc = head.toBuilder();
        boolean[] separated = {head.isEmpty()};
        Runnable separate = () -> {
            if (!separated[0]) {
                javadoc.add("\n");
                separated[0] = true;
            }
        };
        List<ParameterSpec> components = new ArrayList<>();
        List<TypeName> referenced = new ArrayList<>();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        for (Property p : type.properties()) {
            ParameterSpec.Builder component = ParameterSpec.builder(p.fieldType(), p.javaName())
                    .addAnnotation(AnnotationSpec.builder(Jackson.JSON_PROPERTY)
                            .addMember("value", "$S", p.jsonName())
                            .build());
            if (p.writesNull()) {
                component.addAnnotation(AnnotationSpec.builder(Jackson.JSON_INCLUDE)
                        .addMember("value", "$T.ALWAYS", Jackson.JSON_INCLUDE_INCLUDE)
                        .build());
            }
            if (p.docs().deprecated()) {
                // javac ignores @Deprecated on a record component (and warns so); the accessor carries it
                record.addMethod(MethodSpec.methodBuilder(p.javaName())
                        .addModifiers(Modifier.PUBLIC)
                        .addAnnotation(Deprecated.class)
                        .returns(p.fieldType())
                        .addJavadoc("@return the {@code $L} component\n", p.javaName())
                        .addJavadoc(
                                "@deprecated the schema marks {@code $L} deprecated\n", Javadocs.escape(p.jsonName()))
                        .addStatement("return " + Formats.code(p.javaName()))
                        .build());
            }
            components.add(component.build());
            referenced.add(p.fieldType());
            String summary = Javadocs.summary(p.docs());
            if (p.defaultValue() != null) {
                summary = (summary == null ? "" : summary + " ") + "Default when absent: {@code "
                        + Javadocs.escape(p.defaultValue().toString())
                                .replace("{", "&#123;")
                                .replace("}", "&#125;") + "}.";
            }
            if (p.presence() == Presence.OPTIONAL_NULLABLE) {
                summary = (summary == null ? "" : summary + " ") + BeanEmitter.TRI_STATE;
            }
            if (summary != null) {
                separate.run();
                javadoc.add("@param " + Formats.code(p.javaName()) + " " + Formats.code(summary) + "\n");
            }
            if (p.presence() == Presence.REQUIRED && !p.fieldType().isPrimitive()) {
                compact.addStatement(
                        "$T.requireNonNull(" + Formats.code(p.javaName()) + ", $S)",
                        Jackson.OBJECTS,
                        p.javaName() + " == null");
            }
            copyCollection(compact, p);
        }
        if (type.additionalValueType() != null) {
            TypeName mapType = ParameterizedTypeName.get(Jackson.MAP, Jackson.STRING, type.additionalValueType());
            components.add(ParameterSpec.builder(mapType, type.additionalName())
                    .addAnnotation(Jackson.JSON_ANY_SETTER)
                    .addAnnotation(Jackson.JSON_ANY_GETTER)
                    .build());
            referenced.add(mapType);
            separate.run();
            javadoc.add("@param " + Formats.code(type.additionalName())
                    + " properties the schema does not declare, kept for re-publishing\n");
            String map = Formats.code(type.additionalName());
            compact.addStatement(
                    map + " = " + map + " == null$W? $T.emptyMap()$W: $T.unmodifiableMap(new $T<>(" + map + "))",
                    Jackson.COLLECTIONS,
                    Jackson.COLLECTIONS,
                    Jackson.LINKED_HASH_MAP);
        }
        record.recordConstructor(
                MethodSpec.constructorBuilder().addParameters(components).build());
        record.addJavadoc(javadoc.build());
        ctx.markGenerated(record, type.location());
        record.addAnnotation(AnnotationSpec.builder(Jackson.JSON_INCLUDE)
                .addMember("value", "$T.NON_NULL", Jackson.JSON_INCLUDE_INCLUDE)
                .build());
        if (type.tuple()) {
            Jackson.tupleAnnotations(record, type.properties());
        }
        if (type.docs().deprecated()) {
            record.addAnnotation(Deprecated.class);
        }
        referenced.addAll(type.interfaces());
        ctx.suppressDeprecation(record, referenced);
        record.addSuperinterfaces(type.interfaces());
        if (!compact.build().code().isEmpty()) {
            record.addMethod(compact.build());
        }
        if (type.additionalValueType() != null && !type.properties().isEmpty()) {
            MethodSpec.Builder convenience = MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Creates an instance without additional properties.\n");
            List<String> args = new ArrayList<>();
            for (int i = 0; i < type.properties().size(); i++) {
                ParameterSpec c = components.get(i);
                convenience.addParameter(
                        ParameterSpec.builder(c.type(), c.name()).build());
                args.add(c.name());
            }
            args.add("$T.emptyMap()");
            convenience.addStatement("this(" + String.join(",$W", args) + ")", Jackson.COLLECTIONS);
            record.addMethod(convenience.build());
        }
        return record.build();
    }
}
