package dev.bindery.codegen.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.bindery.codegen.GeneratedFile;
import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.plan.Declaration;
import dev.bindery.codegen.plan.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns a {@link Plan} into source files, one per top-level type, sorted by path. */
public final class Emitter {
    private Emitter() {}

    /** Emits every declaration of {@code plan} plus the layout's envelope and marshaller (see {@link SupportFiles}). */
    public static List<GeneratedFile> emit(Plan plan, GeneratorOptions options, String schemaName) {
        EmitContext ctx = EmitContext.of(options, plan, schemaName);
        List<GeneratedFile> result = new ArrayList<>();
        for (JavaFile f : declarationFiles(plan, ctx)) {
            String path = f.packageName().replace('.', '/') + "/" + f.typeSpec().name() + ".java";
            result.add(new GeneratedFile(path, f.toString()));
        }
        result.addAll(SupportFiles.emit(ctx));
        result.sort(Comparator.comparing(GeneratedFile::relativePath));
        return List.copyOf(result);
    }

    /**
     * The declarations of {@code plan} as JavaPoet files, built but not rendered: {@link #emit} renders each with
     * {@code toString()}. Exposed so that the codegen benchmark can time JavaPoet's rendering on its own.
     */
    public static List<JavaFile> declarationFiles(Plan plan, GeneratorOptions options, String schemaName) {
        return declarationFiles(plan, EmitContext.of(options, plan, schemaName));
    }

    private static List<JavaFile> declarationFiles(Plan plan, EmitContext ctx) {
        List<JavaFile> files = new ArrayList<>();
        for (Declaration d : plan.declarations()) {
            TypeSpec type;
            if (d instanceof Declaration.ObjectType o) {
                type = ctx.records() && RecordEmitter.fits(o)
                        ? RecordEmitter.emit(o, List.of(), ctx)
                        : BeanEmitter.emit(o, List.of(), ctx, true);
            } else if (d instanceof Declaration.OpenEnum e) {
                type = EnumEmitter.emit(e, ctx);
            } else if (d instanceof Declaration.Union u) {
                type = UnionEmitter.emit(u, ctx);
            } else if (d instanceof Declaration.Wrapper w) {
                type = WrapperEmitter.emit(w, ctx);
            } else {
                type = ScalarUnionEmitter.emit((Declaration.ScalarUnion) d, ctx);
            }
            files.add(file(plan.packageName(), type));
        }
        return files;
    }

    private static JavaFile file(String pkg, TypeSpec type) {
        return JavaFile.builder(pkg, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The source text of {@code type} as a top-level type of {@code pkg}. */
    static String render(String pkg, TypeSpec type) {
        return file(pkg, type).toString();
    }
}
