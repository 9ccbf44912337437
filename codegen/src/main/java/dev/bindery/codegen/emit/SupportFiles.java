package dev.bindery.codegen.emit;

import com.palantir.javapoet.ClassName;
import dev.bindery.codegen.GeneratedFile;
import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.GeneratorOptions.Style;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The envelope and the Marshaller of a binding. Their text is the same for every binding of one {@link Shape}
 * except the package line and the schema marker ({@code @Generated} comments, or the Javadoc line for Java 8
 * targets), and together they are a third of what a binding emits, so JavaPoet renders each shape once per JVM,
 * with a placeholder package and schema name, and each binding gets that text with its own package line and
 * marker. A build that generates many schemas pays for the envelope and the Marshaller once.
 *
 * <p>The result is the text a fresh render gives, byte for byte ({@code SupportFilesTest} compares them). A template
 * is used only where that is certain, and a fresh render happens otherwise:
 * <ul>
 *   <li>the placeholder package appears in the rendered text only on the package line (not so for the EventBridge
 *       Marshaller, which lives in a sub-package and imports the envelope);</li>
 *   <li>the binding's package is not one that the file imports from, nor {@code java.lang} (JavaPoet would
 *       write those types unqualified and without an import);</li>
 *   <li>the plan has no deprecated types (the envelope would then check its own types against them);</li>
 *   <li>the marker is printable ASCII without quotes or backslashes, so it is written as is.</li>
 * </ul>
 * Whatever else the envelope or the Marshaller comes to depend on must become part of {@link Shape}.
 * The cache holds at most one entry per shape (eight), is filled on first use, and is safe to share between threads.
 */
final class SupportFiles {
    private static final String PACKAGE = "bindery.codegen.template";
    private static final String SCHEMA = "BinderyCodegenTemplateSchema";
    private static final String MARKER = "schema " + SCHEMA;
    private static final ConcurrentMap<Shape, Templates> TEMPLATES = new ConcurrentHashMap<>();

    private SupportFiles() {}

    /**
     * Everything besides package and marker that the envelope's and the Marshaller's text depends on.
     *
     * @param style records or classes
     * @param layout Bindery's or EventBridge's
     * @param usesOptional whether the Marshaller registers Jackson's jdk8 module
     */
    record Shape(Style style, Layout layout, boolean usesOptional) {
        static Shape of(EmitContext ctx) {
            return new Shape(
                    ctx.options().style(), ctx.options().layout(), ctx.plan().usesOptional());
        }
    }

    /** The rendered envelope and Marshaller of one shape; a {@code null} template means render afresh. */
    private record Templates(Template envelope, Template marshaller) {}

    /**
     * A file rendered in the placeholder package and for the placeholder schema.
     *
     * @param text the rendered file
     * @param importedPackages the packages it imports from
     */
    private record Template(String text, Set<String> importedPackages) {
        /**
         * The template of {@code text}, or {@code null} when the package appears beyond the package line or the
         * marker other than once.
         */
        static Template of(String text) {
            String packageLine = "package " + PACKAGE + ";\n";
            int marker = text.indexOf(MARKER);
            if (!text.startsWith(packageLine)
                    || text.indexOf(PACKAGE, packageLine.length()) >= 0
                    || marker < 0
                    || text.indexOf(SCHEMA) != marker + "schema ".length()
                    || text.lastIndexOf(SCHEMA) != marker + "schema ".length()) {
                return null;
            }
            Set<String> packages = new HashSet<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("import ")) {
                    packages.add(line.substring("import ".length(), line.lastIndexOf('.')));
                }
            }
            return new Template(text.substring(packageLine.length()), Set.copyOf(packages));
        }

        String render(String packageName, String marker) {
            return "package " + packageName + ";\n" + text.replace(MARKER, marker);
        }
    }

    /** The envelope and the Marshaller of {@code ctx}'s binding, from the shape's templates where they apply. */
    static List<GeneratedFile> emit(EmitContext ctx) {
        String marker = ctx.marker(null);
        Templates templates =
                templatable(ctx, marker) ? TEMPLATES.computeIfAbsent(Shape.of(ctx), s -> templates(ctx)) : null;
        Rendering files = new Rendering(ctx, ctx.plan().packageName());
        String envelope = templates != null && applies(templates.envelope(), files.envelopePackage())
                ? templates.envelope().render(files.envelopePackage(), text(ctx, marker))
                : files.envelope();
        String marshaller = templates != null && applies(templates.marshaller(), files.marshallerPackage())
                ? templates.marshaller().render(files.marshallerPackage(), text(ctx, marker))
                : files.marshaller();
        return files.of(envelope, marshaller);
    }

    /** Both files rendered by JavaPoet for {@code ctx}, without templates. */
    static List<GeneratedFile> render(EmitContext ctx) {
        Rendering files = new Rendering(ctx, ctx.plan().packageName());
        return files.of(files.envelope(), files.marshaller());
    }

    /** Where the two files of a binding in {@code packageName} go, and their fresh rendering. */
    private record Rendering(
            EmitContext ctx, String envelopePackage, String marshallerPackage, ClassName envelopeName) {
        Rendering(EmitContext ctx, String packageName) {
            this(
                    ctx,
                    packageName,
                    ctx.options().layout() == Layout.EVENTBRIDGE ? packageName + ".marshaller" : packageName,
                    ClassName.get(
                            packageName, ctx.options().layout() == Layout.EVENTBRIDGE ? "AWSEvent" : "EventEnvelope"));
        }

        String envelope() {
            return Emitter.render(envelopePackage, RuntimeEmitter.envelope(envelopeName, ctx, !ctx.records()));
        }

        String marshaller() {
            return Emitter.render(
                    marshallerPackage,
                    RuntimeEmitter.marshaller(ClassName.get(marshallerPackage, "Marshaller"), envelopeName, ctx));
        }

        List<GeneratedFile> of(String envelope, String marshaller) {
            return List.of(
                    file(envelopePackage, envelopeName.simpleName(), envelope),
                    file(marshallerPackage, "Marshaller", marshaller));
        }
    }

    private static Templates templates(EmitContext ctx) {
        GeneratorOptions options = ctx.options().withPackageName(PACKAGE).withSchemaVersion(null);
        Rendering files = new Rendering(new EmitContext(options, ctx.plan(), SCHEMA, Set.of()), PACKAGE);
        return new Templates(Template.of(files.envelope()), Template.of(files.marshaller()));
    }

    /** Whether nothing but the package and the shape decides the text (see the class comment). */
    private static boolean templatable(EmitContext ctx, String marker) {
        if (!ctx.deprecated().isEmpty()) {
            return false;
        }
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean applies(Template template, String packageName) {
        return template != null
                && !packageName.equals("java.lang")
                && !template.importedPackages().contains(packageName);
    }

    /** The marker as the file carries it: a string literal's content, or Javadoc text for Java 8 targets. */
    private static String text(EmitContext ctx, String marker) {
        return ctx.records() ? marker : Javadocs.escape(marker);
    }

    private static GeneratedFile file(String packageName, String simpleName, String content) {
        return new GeneratedFile(packageName.replace('.', '/') + "/" + simpleName + ".java", content);
    }
}
