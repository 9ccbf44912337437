package dev.bindery.codegen;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.lang.model.SourceVersion;

/**
 * Everything that steers generation, in one immutable value. Start from {@link #defaults()} and
 * change what you need with the {@code with…} methods.
 *
 * @param packageName the Java package; {@code null} derives it: {@code schema.<sanitised schema name>}
 *     for the EventBridge layout (as AWS does), {@code dev.bindery.events.<sanitised schema name>} otherwise
 * @param style records (Java 17+) or final classes with getters and setters (Java 8+)
 * @param layout Bindery's own layout or the EventBridge code-binding layout
 * @param numbers how JSON numbers that are not integers are represented
 * @param schemaName the registry's schema name (e.g. {@code aws.ec2@EC2InstanceStateChangeNotification}),
 *     named in {@code @Generated} and used to derive the package; {@code null} uses the document's
 * @param schemaVersion the registry's schema version, named in {@code @Generated}; may be {@code null}
 * @param rootClassName the class name of the root schema; {@code null} derives it from the title or file
 * @param refMappings URL prefixes of remote {@code $ref}s read from local files instead, longest prefix first
 *     (remote references are never fetched)
 */
public record GeneratorOptions(
        String packageName,
        Style style,
        Layout layout,
        Numbers numbers,
        String schemaName,
        String schemaVersion,
        String rootClassName,
        List<RefMapping> refMappings) {

    /** The shape of generated types. */
    public enum Style {
        /** Records, sealed interfaces; compiles with {@code --release 17}. The default. */
        RECORDS,
        /** Final classes with getters, setters, equals/hashCode/toString; compiles with {@code --release 8}. */
        CLASSES
    }

    /** Where files go and which envelope and marshaller API they offer. */
    public enum Layout {
        /** Bindery's layout: one package, {@code EventEnvelope<T>} and {@code Marshaller}. The default. */
        BINDERY,
        /**
         * The EventBridge code-binding layout: packages {@code schema.<name>}, {@code AWSEvent<T>},
         * {@code marshaller.Marshaller}; bean-style classes whatever the style.
         */
        EVENTBRIDGE
    }

    /** Representation of non-integer JSON numbers. */
    public enum Numbers {
        /** {@code java.math.BigDecimal}: exact decimal values, the lossless contract holds. The default. */
        BIG_DECIMAL,
        /** {@code double}: faster, but values beyond double precision change on a round trip. */
        DOUBLE
    }

    public GeneratorOptions {
        Objects.requireNonNull(style, "style == null");
        Objects.requireNonNull(layout, "layout == null");
        Objects.requireNonNull(numbers, "numbers == null");
        if (packageName != null) {
            if (packageName.isEmpty() || !SourceVersion.isName(packageName)) {
                throw new IllegalArgumentException("not a valid package name: " + packageName);
            }
        }
        Objects.requireNonNull(refMappings, "refMappings == null");
        refMappings = refMappings.stream()
                .sorted(Comparator.comparingInt((RefMapping m) -> m.prefix().length())
                        .reversed())
                .toList();
        if (rootClassName != null
                && (!SourceVersion.isIdentifier(rootClassName) || SourceVersion.isKeyword(rootClassName))) {
            throw new IllegalArgumentException("not a valid class name: " + rootClassName);
        }
    }

    /** Records, Bindery layout, {@code BigDecimal} numbers, derived package and names. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(
                null, Style.RECORDS, Layout.BINDERY, Numbers.BIG_DECIMAL, null, null, null, List.of());
    }

    public GeneratorOptions withPackageName(String value) {
        return new GeneratorOptions(
                value, style, layout, numbers, schemaName, schemaVersion, rootClassName, refMappings);
    }

    public GeneratorOptions withStyle(Style value) {
        return new GeneratorOptions(
                packageName, value, layout, numbers, schemaName, schemaVersion, rootClassName, refMappings);
    }

    public GeneratorOptions withLayout(Layout value) {
        return new GeneratorOptions(
                packageName, style, value, numbers, schemaName, schemaVersion, rootClassName, refMappings);
    }

    public GeneratorOptions withNumbers(Numbers value) {
        return new GeneratorOptions(
                packageName, style, layout, value, schemaName, schemaVersion, rootClassName, refMappings);
    }

    public GeneratorOptions withSchemaName(String value) {
        return new GeneratorOptions(
                packageName, style, layout, numbers, value, schemaVersion, rootClassName, refMappings);
    }

    public GeneratorOptions withSchemaVersion(String value) {
        return new GeneratorOptions(packageName, style, layout, numbers, schemaName, value, rootClassName, refMappings);
    }

    public GeneratorOptions withRootClassName(String value) {
        return new GeneratorOptions(packageName, style, layout, numbers, schemaName, schemaVersion, value, refMappings);
    }

    public GeneratorOptions withRefMappings(List<RefMapping> value) {
        return new GeneratorOptions(
                packageName, style, layout, numbers, schemaName, schemaVersion, rootClassName, value);
    }

    /** Whether the generated code uses records and sealed interfaces. */
    public boolean usesRecords() {
        return style == Style.RECORDS && layout == Layout.BINDERY;
    }
}
