package dev.bindery.maven;

import dev.bindery.maven.generate.ContentCache;
import dev.bindery.maven.generate.Lockfile;
import dev.bindery.maven.generate.SchemaResolver;
import dev.bindery.maven.registry.HttpRegistryClient;
import dev.bindery.maven.registry.RegistryAccess;
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
 * Re-resolves the registry schemas of the {@code generate} configuration ({@code latest} to the newest
 * version, numbers to their current content) and rewrites {@code bindery.lock}; generates nothing. The
 * same as {@code generate -Dbindery.updateLock=true} without the generation.
 */
@Mojo(name = "update-lock", threadSafe = true)
public final class UpdateLockMojo extends AbstractRegistryMojo {
    /** Registry schemas, as for {@code generate}. */
    @Parameter
    List<Schema> schemas;

    /** The lockfile to rewrite. */
    @Parameter(property = "bindery.lockFile", defaultValue = "${project.basedir}/bindery.lock")
    File lockFile;

    /** Where fetched schema contents are cached by SHA-256. */
    @Parameter(property = "bindery.cacheDirectory", defaultValue = "${settings.localRepository}/.cache/bindery")
    File cacheDirectory;

    @Inject
    UpdateLockMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("update-lock", () -> {
            List<SchemaRef> refs = refs();
            RegistryAccess access = registryAccess();
            SchemaResolver resolver = new SchemaResolver(
                    () -> new HttpRegistryClient(access),
                    new ContentCache(cacheDirectory.toPath()),
                    new MavenConsole(getLog()));
            Lockfile lockfile = resolver.resolve(refs, Lockfile.read(lockFile.toPath()), true)
                    .lockfile();
            getLog().info(
                            lockfile.writeIfChanged(lockFile.toPath())
                                    ? "Wrote " + lockFile + " (" + refs.size() + " schemas)"
                                    : lockFile + " is up to date (" + refs.size() + " schemas)");
        });
    }

    List<SchemaRef> refs() {
        List<SchemaRef> refs = new ArrayList<>();
        for (Schema schema : schemas == null ? List.<Schema>of() : schemas) {
            refs.add(schema.toRef());
        }
        return refs;
    }
}
