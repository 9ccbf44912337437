package dev.bindery.maven;

import dev.bindery.maven.patterns.PatternCheckRequest;
import dev.bindery.maven.patterns.PatternCheckTask;
import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Lints the project's EventBridge event patterns (JSON files, one pattern each) against the registry's schemas of the
 * events they are meant to match, and fails the build when one cannot match: a key that is not an envelope field, a
 * source or detail-type no schema has, a field no schema has, a value outside an enum, a matcher of the wrong type.
 */
@Mojo(name = "check-patterns", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckPatternsMojo extends AbstractRegistryMojo {
    /** The directory of event pattern files: every {@code *.json} in it or below, one pattern each. */
    @Parameter(property = "bindery.patternDirectory", defaultValue = "${project.basedir}/src/main/event-patterns")
    File patternDirectory;

    /** The event bus the rules are for: its discovered schemas are what the patterns are linted against. */
    @Parameter(property = "bindery.eventBusName", defaultValue = "default")
    String eventBusName;

    /** A registry whose schemas count too (e.g. the one the producers register in). Unset: discovered schemas only. */
    @Parameter(property = "bindery.registry")
    String registry;

    /** Fail the build on WARNING findings too (a pattern that matches everything, an always-true exists…). */
    @Parameter(property = "bindery.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    @Inject
    CheckPatternsMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        execute(
                "check-patterns",
                () -> new PatternCheckTask(request(), registryAccess(), new MavenConsole(getLog())).run());
    }

    PatternCheckRequest request() {
        return new PatternCheckRequest(
                patternDirectory.toPath(),
                eventBusName.trim(),
                registry == null || registry.isBlank() ? null : registry.trim(),
                failOnWarning);
    }
}
