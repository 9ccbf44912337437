package dev.bindery.maven;

import dev.bindery.maven.publish.DownloadRequest;
import dev.bindery.maven.publish.DownloadTask;
import dev.bindery.maven.schema.SchemaRef;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Downloads registry schemas into local files, {@code <schema name>.json} each, for committing with
 * the project. Not bound to a phase: run it when you want to refresh the files.
 */
@Mojo(name = "download", threadSafe = true)
public final class DownloadMojo extends AbstractRegistryMojo {
    /**
     * The schemas to download: {@code <schema><registry>…</registry><name>…</name><version>latest|N</version></schema>}.
     * A {@code <schema>} without a {@code <name>} downloads every schema of its registry at its latest version.
     */
    @Parameter
    List<Schema> schemas;

    /** One registry to download whole, at the latest versions (added to {@code schemas}). */
    @Parameter(property = "bindery.registry")
    String registry;

    /** Where the files go. */
    @Parameter(property = "bindery.downloadDirectory", defaultValue = "${project.basedir}/src/main/schemas")
    File outputDirectory;

    @Inject
    DownloadMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("download", () -> new DownloadTask(request(), registryAccess(), new MavenConsole(getLog())).run());
    }

    DownloadRequest request() {
        List<SchemaRef> refs = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        for (Schema schema : schemas == null ? List.<Schema>of() : schemas) {
            if (schema.name == null || schema.name.isBlank()) {
                if (schema.registry == null || schema.registry.isBlank()) {
                    throw new IllegalArgumentException("a <schema> needs a <registry>");
                }
                whole.add(schema.registry.trim());
            } else {
                refs.add(schema.toRef());
            }
        }
        if (registry != null && !registry.isBlank()) {
            whole.add(registry.trim());
        }
        return new DownloadRequest(refs, whole, outputDirectory.toPath());
    }
}
