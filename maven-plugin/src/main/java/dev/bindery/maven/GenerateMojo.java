package dev.bindery.maven;

import dev.bindery.codegen.GeneratorOptions;
import dev.bindery.codegen.RefMapping;
import dev.bindery.maven.generate.GenerateRequest;
import dev.bindery.maven.generate.GenerateTask;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Generates Java event classes and marshallers from local schema files and registry schemas into
 * {@code target/generated-sources/bindery}, and adds that directory to the compile source roots.
 * Registry schemas are pinned by {@code bindery.lock}; nothing is done when inputs and options are
 * unchanged since the last run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractLocalSchemasMojo {
    /** Registry schemas: {@code <schema><registry>…</registry><name>…</name><version>latest|N</version></schema>}. */
    @Parameter
    List<Schema> schemas;

    /** Where the sources are written; added as a compile source root. */
    @Parameter(
            property = "bindery.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/bindery")
    File outputDirectory;

    /**
     * The Java package. Unset (the default), each schema gets its own package derived from its schema
     * name ({@code com.acme@OrderPlaced} → {@code dev.bindery.events.com_acme.orderplaced}).
     */
    @Parameter(property = "bindery.packageName")
    String packageName;

    /**
     * With a {@code packageName}, put each schema in a sub-package named after its file (directories
     * included, extension dropped) or its registry schema name, so that schemas never clash.
     */
    @Parameter(property = "bindery.subPackages", defaultValue = "true")
    boolean subPackages;

    /** {@code records} (Java 17+) or {@code classes} (Java 8+). */
    @Parameter(property = "bindery.style", defaultValue = "records")
    String style;

    /** {@code bindery} (one package, {@code EventEnvelope}, {@code Marshaller}) or {@code eventbridge} (AWS's code-binding layout). */
    @Parameter(property = "bindery.layout", defaultValue = "bindery")
    String layout;

    /** Non-integer numbers as {@code bigdecimal} (exact) or {@code double}. */
    @Parameter(property = "bindery.numbers", defaultValue = "bigdecimal")
    String numbers;

    /**
     * URL prefixes of remote {@code $ref}s read from local files instead, as {@code prefix=path}
     * ({@code <refMaps><refMap>https://example.com/schemas/=src/main/schemas/</refMap></refMaps>}); a relative
     * path resolves against the project directory. Remote references are never fetched.
     */
    @Parameter(property = "bindery.refMaps")
    List<String> refMaps;

    /** The lockfile pinning registry schemas to a version and content hash; commit it. */
    @Parameter(property = "bindery.lockFile", defaultValue = "${project.basedir}/bindery.lock")
    File lockFile;

    /** Re-resolve every registry schema (e.g. {@code latest} to the newest version) and rewrite the lockfile. */
    @Parameter(property = "bindery.updateLock", defaultValue = "false")
    boolean updateLock;

    /** Where fetched schema contents are cached by SHA-256, so that a locked build needs no registry. */
    @Parameter(property = "bindery.cacheDirectory", defaultValue = "${settings.localRepository}/.cache/bindery")
    File cacheDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Inject
    GenerateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("generate", () -> {
            GenerateRequest request = request();
            new GenerateTask(request, registryAccess(), new MavenConsole(getLog())).run();
            project.addCompileSourceRoot(request.outputDirectory().toString());
        });
    }

    GenerateRequest request() {
        List<dev.bindery.maven.schema.SchemaRef> refs = new ArrayList<>();
        for (Schema schema : schemas == null ? List.<Schema>of() : schemas) {
            refs.add(schema.toRef());
        }
        GeneratorOptions options = GeneratorOptions.defaults()
                .withPackageName(packageName == null || packageName.isBlank() ? null : packageName.trim())
                .withStyle(GeneratorOptions.Style.valueOf(upper("style", style)))
                .withLayout(GeneratorOptions.Layout.valueOf(upper("layout", layout)))
                .withNumbers(
                        "DOUBLE".equals(upper("numbers", numbers))
                                ? GeneratorOptions.Numbers.DOUBLE
                                : GeneratorOptions.Numbers.BIG_DECIMAL)
                .withRefMappings(refMappings());
        Path target = project.getBuild() == null || project.getBuild().getDirectory() == null
                ? outputDirectory.toPath().getParent()
                : Path.of(project.getBuild().getDirectory());
        String execution = mojoExecution == null ? "default" : mojoExecution.getExecutionId();
        return new GenerateRequest(
                schemaPath(),
                includedGlobs(),
                excludedGlobs(),
                refs,
                outputDirectory.toPath(),
                target.resolve("bindery").resolve(execution + ".state"),
                lockFile.toPath(),
                updateLock,
                cacheDirectory.toPath(),
                options,
                subPackages,
                plugin == null ? "dev" : plugin.getVersion());
    }

    private List<RefMapping> refMappings() {
        Path base = project.getBasedir() == null
                ? Path.of("")
                : project.getBasedir().toPath();
        List<RefMapping> result = new ArrayList<>();
        for (String refMap : refMaps == null ? List.<String>of() : refMaps) {
            if (!refMap.isBlank()) {
                result.add(RefMapping.parse(refMap.trim(), base));
            }
        }
        return result;
    }

    /** An enumerated parameter in upper case, checked against codegen's values. */
    private static String upper(String parameter, String value) {
        String upper = value.trim().toUpperCase(Locale.ROOT).replace("BIGDECIMAL", "BIG_DECIMAL");
        List<String> allowed = switch (parameter) {
            case "style" -> List.of("RECORDS", "CLASSES");
            case "layout" -> List.of("BINDERY", "EVENTBRIDGE");
            default -> List.of("BIG_DECIMAL", "DOUBLE");
        };
        if (!allowed.contains(upper)) {
            throw new IllegalArgumentException("bindery." + parameter + " must be one of "
                    + allowed.stream()
                            .map(a -> a.toLowerCase(Locale.ROOT).replace("_", ""))
                            .toList() + ", not " + value);
        }
        return upper;
    }
}
