package dev.bindery.maven;

import dev.bindery.maven.publish.RegisterRequest;
import dev.bindery.maven.publish.RegisterTask;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Registers local schema files in a registry: each file is the schema named by its file name without
 * the extension; a missing schema is created, a changed one gets a new version, an unchanged one is
 * left alone. Files with an {@code openapi} member register as {@code OpenApi3}, others as
 * {@code JSONSchemaDraft4}; YAML files are sent as JSON.
 */
@Mojo(name = "register", threadSafe = true)
public final class RegisterMojo extends AbstractLocalSchemasMojo {
    /** The registry to register into. */
    @Parameter(property = "bindery.registry", defaultValue = "${project.groupId}")
    String registry;

    /** Create the registry when it does not exist. Off by default, so that a typo fails instead of creating a registry. */
    @Parameter(property = "bindery.createRegistry", defaultValue = "false")
    boolean createRegistry;

    @Inject
    RegisterMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute("register", () -> new RegisterTask(request(), registryAccess(), new MavenConsole(getLog())).run());
    }

    RegisterRequest request() {
        return new RegisterRequest(schemaPath(), includedGlobs(), excludedGlobs(), registry.trim(), createRegistry);
    }
}
