package dev.bindery.maven;

import dev.bindery.codegen.CodegenException;
import dev.bindery.maven.registry.RegistryAccess;
import dev.bindery.maven.registry.RegistryException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal shares: where the registry is, how to authenticate, and turning the plain classes'
 * exceptions into build failures with their message.
 */
abstract class AbstractRegistryMojo extends AbstractMojo {
    /** The Bindery registry's base URL. */
    @Parameter(property = "bindery.registryUrl", defaultValue = "http://localhost:8080")
    String registryUrl;

    /**
     * The {@code <server>} id in settings.xml holding the credentials: a username and password are an
     * access key id and its secret, and every request is signed with AWS Signature Version 4; a password
     * alone is sent as a bearer token. Without such a server, the environment variable
     * {@code BINDERY_TOKEN} is sent as a bearer token when set.
     */
    @Parameter(property = "bindery.serverId", defaultValue = "bindery")
    String serverId;

    /**
     * The registry's AWS region, which signed requests name in their credential scope: it must equal the
     * registry's {@code BINDERY_REGION}. Used only with an access key.
     */
    @Parameter(property = "bindery.region", defaultValue = "us-east-1")
    String region;

    /** Skip the goal. */
    @Parameter(property = "bindery.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    final SettingsDecrypter decrypter;

    /** The environment; a seam for tests. */
    Function<String, String> environment = System::getenv;

    AbstractRegistryMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** The registry URL with the credentials of the {@code <server>}, or of {@code BINDERY_TOKEN}. */
    RegistryAccess registryAccess() {
        Server server = settings == null || serverId == null ? null : settings.getServer(serverId);
        if (server != null && decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            if (result.getServer() != null) {
                server = result.getServer();
            }
        }
        return RegistryAccess.of(
                registryUrl,
                serverId == null ? "bindery" : serverId,
                region,
                server == null ? null : server.getUsername(),
                server == null ? null : server.getPassword(),
                environment.apply(RegistryAccess.TOKEN_VARIABLE));
    }

    /** A list parameter, or {@code defaults} when it was left empty. */
    static List<String> orDefault(List<String> values, List<String> defaults) {
        if (values == null) {
            return defaults;
        }
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value.trim());
            }
        }
        return kept.isEmpty() ? defaults : List.copyOf(kept);
    }

    /** Runs the goal's work, turning what went wrong into a failure that Maven prints. */
    final void execute(String goal, Runnable work) throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping bindery:" + goal + " (bindery.skip)");
            return;
        }
        try {
            work.run();
        } catch (RegistryException | CodegenException | IllegalArgumentException | IllegalStateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("dev.bindery.")) {
                throw new MojoFailureException(e.getMessage(), e);
            }
            throw e;
        }
    }
}
