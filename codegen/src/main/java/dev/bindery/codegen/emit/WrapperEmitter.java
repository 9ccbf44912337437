package dev.bindery.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.bindery.codegen.plan.Declaration.Wrapper;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a root that is no class of its own as a final class holding its value: Jackson reads it through the
 * delegating constructor and writes it through {@code value()}, so the JSON is the value itself, a class for
 * Java 8 and 17 alike.
 */
final class WrapperEmitter {
    private WrapperEmitter() {}

    static TypeSpec emit(Wrapper wrapper, EmitContext ctx) {
        ClassName name = wrapper.name();
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        type.addJavadoc(ctx.typeJavadoc(
                wrapper.docs(),
                wrapper.location(),
                "The document's root value, read and written as that value itself."));
        ctx.markGenerated(type, wrapper.location());
        if (wrapper.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        ctx.suppressDeprecation(type, List.of(wrapper.valueType()));
        return type.addField(FieldSpec.builder(wrapper.valueType(), "value", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@param value the root value, {@code null} for JSON {@code null}\n")
                        .addAnnotation(AnnotationSpec.builder(Jackson.JSON_CREATOR)
                                .addMember("mode", "$T.DELEGATING", Jackson.JSON_CREATOR_MODE)
                                .build())
                        .addParameter(wrapper.valueType(), "value")
                        .addStatement("this.value = value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("value")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("@return the root value\n")
                        .addAnnotation(Jackson.JSON_VALUE)
                        .returns(wrapper.valueType())
                        .addStatement("return value")
                        .build())
                .addMethod(BeanEmitter.equalsMethod(name, List.of(), List.of("value")))
                .addMethod(BeanEmitter.hashCodeMethod(List.of("value")))
                .addMethod(BeanEmitter.toStringMethod(name, List.of("value")))
                .build();
    }
}
