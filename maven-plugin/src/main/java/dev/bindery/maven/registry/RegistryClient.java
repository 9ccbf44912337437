package dev.bindery.maven.registry;

import java.net.URI;
import java.util.List;

/**
 * The registry operations the goals use. Every method throws {@link RegistryException} when the
 * registry answers with an error or cannot be reached.
 */
public interface RegistryClient {
    /** The registry's base URL, for messages. */
    URI url();

    /** DescribeSchema: the given version, or the latest when {@code version} is {@code null}. */
    SchemaVersion describeSchema(String registry, String schema, String version);

    /** ListSchemas: every schema name of the registry, in the registry's order. */
    List<String> listSchemas(String registry);

    /** DescribeRegistry: whether the registry exists. */
    boolean registryExists(String registry);

    /** CreateRegistry. */
    void createRegistry(String registry);

    /** CreateSchema; returns the new version ({@code "1"}). */
    String createSchema(String registry, String schema, String type, String content, String description);

    /**
     * UpdateSchema; returns the new version. The registry answers {@code ConflictException} when the
     * content is the same as the latest version's.
     */
    String updateSchema(String registry, String schema, String type, String content);

    /**
     * Checks a candidate against the schema's stored versions; {@code mode} and {@code policy} override
     * the schema's own when not {@code null}. A schema that does not exist answers {@code NotFoundException}.
     */
    CompatibilityReport checkCompatibility(
            String registry, String schema, String type, String content, String mode, String policy);

    /**
     * Lints an event pattern against the schemas of {@code eventBus}'s discovered events and, when not {@code null},
     * of {@code registry}. A pattern that is not valid answers {@code BadRequestException}.
     */
    PatternLint lintPattern(String pattern, String eventBus, String registry);
}
