package dev.bindery.maven;

import dev.bindery.maven.publish.CompatibilityRequest;
import dev.bindery.maven.publish.CompatibilityTask;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Checks each local schema file against the registry's versions of its schema under the schema's
 * compatibility mode, and fails the build listing every breaking finding with its version and path.
 * A schema the registry does not have yet passes.
 */
@Mojo(name = "check-compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckCompatibilityMojo extends AbstractLocalSchemasMojo {
    /** The registry holding the schemas. */
    @Parameter(property = "bindery.registry", defaultValue = "${project.groupId}")
    String registry;

    /**
     * Overrides the schemas' compatibility mode: {@code NONE}, {@code BACKWARD}, {@code BACKWARD_TRANSITIVE},
     * {@code FORWARD}, {@code FORWARD_TRANSITIVE}, {@code FULL}, {@code FULL_TRANSITIVE}. Unset: each schema's own.
     */
    @Parameter(property = "bindery.compatibilityMode")
    String compatibilityMode;

    /** Overrides the schemas' policy: {@code STRICT} or {@code LENIENT}. Unset: each schema's own. */
    @Parameter(property = "bindery.compatibilityPolicy")
    String compatibilityPolicy;

    /** Fail the build on an incompatible schema; {@code false} only logs the findings. */
    @Parameter(property = "bindery.failOnIncompatible", defaultValue = "true")
    boolean failOnIncompatible;

    @Inject
    CheckCompatibilityMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute(
                "check-compatibility",
                () -> new CompatibilityTask(request(), registryAccess(), new MavenConsole(getLog())).run());
    }

    CompatibilityRequest request() {
        return new CompatibilityRequest(
                schemaPath(),
                includedGlobs(),
                excludedGlobs(),
                registry.trim(),
                upper(compatibilityMode),
                upper(compatibilityPolicy),
                failOnIncompatible);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
