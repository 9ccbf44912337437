package dev.bindery.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.bindery.codegen.plan.Declaration.Union;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a union of objects as an interface with one implementing type per branch, chosen on input by
 * the discriminator property ({@code @JsonTypeInfo(use = NAME, include = EXISTING_PROPERTY)}) or, when
 * there is none, by the properties present ({@code use = DEDUCTION}). Sealed for records.
 */
final class UnionEmitter {
    private UnionEmitter() {}

    static TypeSpec emit(Union union, EmitContext ctx) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(union.name()).addModifiers(Modifier.PUBLIC);
        String how = (union.discriminator() != null
                        ? "The variant is chosen by the value of property {@code "
                                + Javadocs.escape(union.discriminator()) + "}."
                        : "The variant is deduced from the properties present.")
                + "\nInstances of variants not declared yet are read as {@link "
                + union.fallback().simpleName() + "}.";
        type.addJavadoc(ctx.typeJavadoc(union.docs(), union.location(), how));
        ctx.markGenerated(type, union.location());
        AnnotationSpec.Builder info = AnnotationSpec.builder(Jackson.JSON_TYPE_INFO);
        if (union.discriminator() != null) {
            info.addMember("use", "$T.Id.NAME", Jackson.JSON_TYPE_INFO)
                    .addMember("include", "$T.As.EXISTING_PROPERTY", Jackson.JSON_TYPE_INFO)
                    .addMember("property", "$S", union.discriminator())
                    .addMember("visible", "true");
        } else {
            info.addMember("use", "$T.Id.DEDUCTION", Jackson.JSON_TYPE_INFO);
        }
        info.addMember("defaultImpl", "$T.class", union.fallback());
        type.addAnnotation(info.build());
        AnnotationSpec.Builder subTypes = AnnotationSpec.builder(Jackson.JSON_SUB_TYPES);
        List<ClassName> referenced = new ArrayList<>();
        for (Union.Variant v : union.variants()) {
            CodeBlock entry = v.tag() != null
                    ? CodeBlock.of(
                            "@$T(value = $T.class, name = $S)",
                            Jackson.JSON_SUB_TYPES.nestedClass("Type"),
                            v.type(),
                            v.tag())
                    : CodeBlock.of("@$T($T.class)", Jackson.JSON_SUB_TYPES.nestedClass("Type"), v.type());
            subTypes.addMember("value", entry);
            referenced.add(v.type());
        }
        type.addAnnotation(subTypes.build());
        if (union.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        ctx.suppressDeprecation(type, referenced);
        if (ctx.records()) {
            type.addModifiers(Modifier.SEALED);
            referenced.forEach(type::addPermittedSubclass);
            type.addPermittedSubclass(union.fallback());
        }
        return type.build();
    }
}
