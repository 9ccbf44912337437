package dev.bindery.maven.registry;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An in-memory registry behind the {@link RegistryClient} seam, answering as Bindery does: versions
 * numbered from 1, {@code NotFoundException} for what is missing, {@code ConflictException} for an
 * update without change. Counts the calls so that tests can say "the registry was not asked".
 */
public class FakeRegistry implements RegistryClient {
    private final Map<String, Map<String, List<SchemaVersion>>> registries = new TreeMap<>();
    private final Map<String, CompatibilityReport> reports = new LinkedHashMap<>();
    private final Map<String, PatternLint> lints = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();

    public FakeRegistry withRegistry(String registry) {
        registries.computeIfAbsent(registry, r -> new LinkedHashMap<>());
        return this;
    }

    /** Adds a version to a schema (creating registry and schema when missing); returns its number. */
    public String put(String registry, String schema, String content) {
        List<SchemaVersion> versions =
                withRegistry(registry).registries.get(registry).computeIfAbsent(schema, s -> new ArrayList<>());
        String version = String.valueOf(versions.size() + 1);
        versions.add(new SchemaVersion(registry, schema, version, "JSONSchemaDraft4", content));
        return version;
    }

    /** Replaces a stored version's content, as a registry that breaks immutability would. */
    public void tamper(String registry, String schema, String version, String content) {
        List<SchemaVersion> versions = registries.get(registry).get(schema);
        int i = Integer.parseInt(version) - 1;
        versions.set(
                i, new SchemaVersion(registry, schema, version, versions.get(i).type(), content));
    }

    public void answerCompatibility(String schema, CompatibilityReport report) {
        reports.put(schema, report);
    }

    public List<SchemaVersion> versions(String registry, String schema) {
        return registries.getOrDefault(registry, Map.of()).getOrDefault(schema, List.of());
    }

    @Override
    public URI url() {
        return URI.create("http://fake.invalid:8080");
    }

    @Override
    public SchemaVersion describeSchema(String registry, String schema, String version) {
        calls.add("DescribeSchema " + registry + "/" + schema + "@" + version);
        List<SchemaVersion> versions = versions(registry, schema);
        if (versions.isEmpty()) {
            throw notFound("Schema " + schema + " does not exist in registry " + registry);
        }
        if (version == null) {
            return versions.get(versions.size() - 1);
        }
        int i = Integer.parseInt(version) - 1;
        if (i >= versions.size()) {
            throw notFound("Schema " + schema + " has no version " + version);
        }
        return versions.get(i);
    }

    @Override
    public List<String> listSchemas(String registry) {
        calls.add("ListSchemas " + registry);
        if (!registries.containsKey(registry)) {
            throw notFound("Registry " + registry + " does not exist");
        }
        return List.copyOf(registries.get(registry).keySet());
    }

    @Override
    public boolean registryExists(String registry) {
        calls.add("DescribeRegistry " + registry);
        return registries.containsKey(registry);
    }

    @Override
    public void createRegistry(String registry) {
        calls.add("CreateRegistry " + registry);
        withRegistry(registry);
    }

    @Override
    public String createSchema(String registry, String schema, String type, String content, String description) {
        calls.add("CreateSchema " + registry + "/" + schema + " " + type);
        return put(registry, schema, content);
    }

    @Override
    public String updateSchema(String registry, String schema, String type, String content) {
        calls.add("UpdateSchema " + registry + "/" + schema + " " + type);
        List<SchemaVersion> versions = versions(registry, schema);
        if (versions.get(versions.size() - 1).content().equals(content)) {
            throw new RegistryException(409, "ConflictException", "No change since the previous version");
        }
        return put(registry, schema, content);
    }

    @Override
    public CompatibilityReport checkCompatibility(
            String registry, String schema, String type, String content, String mode, String policy) {
        calls.add("CheckCompatibility " + registry + "/" + schema + " " + type + " " + mode + " " + policy);
        if (!reports.containsKey(schema)) {
            throw notFound("Schema " + schema + " does not exist in registry " + registry);
        }
        return reports.get(schema);
    }

    @Override
    public PatternLint lintPattern(String pattern, String eventBus, String registry) {
        calls.add("LintPattern " + eventBus + " " + registry);
        return lints.getOrDefault(pattern, new PatternLint(List.of(), List.of()));
    }

    /** The lint answered for a pattern (none: no findings). */
    public void answerLint(String pattern, PatternLint lint) {
        lints.put(pattern, lint);
    }

    private static RegistryException notFound(String message) {
        return new RegistryException(404, "NotFoundException", message);
    }
}
