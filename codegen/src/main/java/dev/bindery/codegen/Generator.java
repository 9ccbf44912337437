package dev.bindery.codegen;

import dev.bindery.codegen.GeneratorOptions.Layout;
import dev.bindery.codegen.emit.Emitter;
import dev.bindery.codegen.model.SchemaDocument;
import dev.bindery.codegen.naming.Identifiers;
import dev.bindery.codegen.plan.Plan;
import dev.bindery.codegen.plan.Planner;
import dev.bindery.codegen.read.SchemaReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The codegen entry point: a JSON Schema or OpenAPI 3 document in, Java source files out. Three steps:
 * {@link SchemaReader} reads the document into the model, {@link Planner} decides names and types,
 * {@link Emitter} writes the sources with JavaPoet. Stateless and thread-safe; the same input and
 * options always give byte-identical output.
 */
public final class Generator {
    private Generator() {}

    /**
     * Generates from a document given as text (JSON, or YAML when it does not start with a brace).
     * Relative file references are refused; remote ones read the files the options' ref-maps give;
     * locations name the text {@code schema.json}.
     *
     * @throws CodegenException naming the schema location at fault
     */
    public static List<GeneratedFile> generate(String document, GeneratorOptions options) {
        return generate(SchemaReader.readString(SchemaReader.TEXT_NAME, document, options.refMappings()), options);
    }

    /**
     * Generates from a schema file, or from every {@code *.json} file of a directory; relative file
     * references resolve inside that directory.
     *
     * @throws CodegenException naming the schema location at fault
     */
    public static List<GeneratedFile> generate(Path fileOrDirectory, GeneratorOptions options) {
        return generate(SchemaReader.readPath(fileOrDirectory, options.refMappings()), options);
    }

    /** Generates from an already read document. */
    public static List<GeneratedFile> generate(SchemaDocument document, GeneratorOptions options) {
        String schemaName = schemaName(document, options);
        String packageName =
                options.packageName() != null ? options.packageName() : packageName(schemaName, options.layout());
        try {
            Plan plan = Planner.plan(document, options, packageName);
            return Emitter.emit(plan, options, schemaName);
        } catch (IllegalStateException e) {
            throw new CodegenException(document.name(), e.getMessage(), e);
        }
    }

    /** The registry name of the schema: the option, else {@code source@Detail} for envelopes, else the document's. */
    static String schemaName(SchemaDocument document, GeneratorOptions options) {
        if (options.schemaName() != null) {
            return options.schemaName();
        }
        if (document.envelope() != null && document.envelope().source() != null) {
            return document.envelope().source() + "@" + document.root().name();
        }
        return document.root().name();
    }

    /**
     * The package EventBridge would use for {@code schemaName} ({@code schema.aws.ec2.ec2instancestatechangenotification},
     * {@code schema.unicorn_contracts.contractstatuschanged}); under {@code dev.bindery.events} for the Bindery layout.
     */
    public static String packageName(String schemaName, Layout layout) {
        String prefix = layout == Layout.EVENTBRIDGE ? "schema" : "dev.bindery.events";
        List<String> segments = new ArrayList<>();
        String name = schemaName;
        if (name.startsWith("aws.partner-") || name.startsWith("aws.partner/")) {
            segments.add("aws");
            segments.add("partner");
            name = name.substring("aws.partner-".length());
            segments.addAll(List.of(sanitise(name).split("\\.")));
        } else if (name.startsWith("aws.")) {
            for (String part : name.split("\\.")) {
                segments.addAll(List.of(sanitise(part).split("\\.")));
            }
        } else {
            segments.addAll(List.of(sanitise(name).split("\\.")));
        }
        StringBuilder pkg = new StringBuilder(prefix);
        for (String segment : segments) {
            if (!segment.isEmpty()) {
                pkg.append('.').append(Identifiers.packageSegment(segment));
            }
        }
        return pkg.toString();
    }

    private static String sanitise(String part) {
        return part.replaceAll("[^A-Za-z0-9_@]", "_").replace('@', '.').toLowerCase(Locale.ROOT);
    }
}
