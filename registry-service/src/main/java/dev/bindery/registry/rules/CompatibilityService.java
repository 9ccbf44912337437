package dev.bindery.registry.rules;

import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.compat.CompatibilityChecker;
import dev.bindery.registry.compat.CompatibilityMode;
import dev.bindery.registry.compat.CompatibilityPolicy;
import dev.bindery.registry.compat.CompatibilityReport;
import dev.bindery.registry.compat.Difference;
import dev.bindery.registry.compat.SchemaDiff;
import dev.bindery.registry.compat.SchemaTooComplexException;
import dev.bindery.registry.compat.VersionedSchema;
import dev.bindery.registry.content.ContentValidator;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.SchemaRow;
import dev.bindery.registry.store.SchemaVersionRepository;
import dev.bindery.registry.store.SchemaVersionRow;
import dev.bindery.registry.store.VersionCompatibilityRepository;
import dev.bindery.registry.store.VersionCompatibilityRow;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compatibility operations of the API: check a candidate against a schema's versions, diff two
 * versions, and read the judgement recorded with a version.
 */
@Singleton
public class CompatibilityService {

    private final SchemaQueries reader;
    private final SchemaVersionRepository versions;
    private final VersionCompatibilityRepository records;
    private final CompatibilityRules rules;
    private final VersionHistory history;
    private final JsonSchemaForm form;
    private final CompatibilityChecker checker;
    private final SchemaDiff diff;
    private final ContentValidator validator;
    private final InputRules input;
    private final BrokenRules brokenRules;

    CompatibilityService(
            SchemaQueries reader,
            SchemaVersionRepository versions,
            VersionCompatibilityRepository records,
            CompatibilityRules rules,
            VersionHistory history,
            JsonSchemaForm form,
            CompatibilityChecker checker,
            SchemaDiff diff,
            ContentValidator validator,
            InputRules input,
            BrokenRules brokenRules) {
        this.brokenRules = brokenRules;
        this.reader = reader;
        this.versions = versions;
        this.records = records;
        this.rules = rules;
        this.history = history;
        this.form = form;
        this.checker = checker;
        this.diff = diff;
        this.validator = validator;
        this.input = input;
    }

    /** A verdict on a candidate: the rule applied, the versions compared and every finding. */
    public record Verdict(
            CompatibilityMode mode,
            CompatibilityPolicy policy,
            boolean compatible,
            List<String> checkedVersions,
            List<Finding> findings) {}

    /** The differences from one version to another, each with whether it breaks either direction. */
    public record VersionDiff(
            long fromVersion, long toVersion, CompatibilityPolicy policy, List<DirectedFinding> differences) {}

    /** A difference and the directions it breaks under the schema's policy. */
    public record DirectedFinding(Finding finding, boolean breaksBackward, boolean breaksForward) {}

    /** The judgement recorded with a version when it was written. */
    public record Recorded(
            long version,
            long previousVersion,
            String mode,
            String policy,
            @Nullable Boolean compatible,
            List<Finding> findings,
            @Nullable String error) {}

    /**
     * Checks candidate content against the schema's versions under its rule, or under the mode and
     * policy given. Nothing is stored.
     */
    public Verdict check(
            String registryName,
            String schemaName,
            @Nullable String content,
            @Nullable String type,
            @Nullable String mode,
            @Nullable String policy) {
        if (type == null) {
            throw ApiException.badRequest("Type is required: OpenApi3 or JSONSchemaDraft4.");
        }
        SchemaType schemaType = SchemaType.parse("Type", type);
        String checked = input.content(content);
        validator.validate(schemaType, checked);
        SchemaRow schema = reader.requireSchema(registryName, schemaName);
        Rule rule = rules.resolve(schema.registryId(), schema.id());
        CompatibilityMode appliedMode = mode == null ? rule.mode() : CompatibilityRules.parseMode("Mode", mode);
        CompatibilityPolicy appliedPolicy =
                policy == null ? rule.policy() : CompatibilityRules.parsePolicy("Policy", policy);
        List<VersionedSchema> previous = history.before(schema.id(), Long.MAX_VALUE, appliedMode.transitive());
        CompatibilityReport report =
                guarded(() -> checker.check(previous, form.of(schemaType, checked), appliedMode, appliedPolicy));
        List<Finding> findings = new java.util.ArrayList<>(
                report.findings().stream().map(Finding::of).toList());
        if (!previous.isEmpty()) {
            long latest = Long.parseLong(previous.get(previous.size() - 1).version());
            findings.addAll(brokenRules.findings(
                    registryName, schemaName, schema.id(), latest, checked, appliedMode != CompatibilityMode.NONE));
        }
        boolean compatible = report.compatible()
                && findings.stream().noneMatch(f -> f.breaking() && BrokenRules.KIND.equals(f.kind()));
        return new Verdict(report.mode(), report.policy(), compatible, report.checkedVersions(), findings);
    }

    /** Differences from {@code fromVersion} (default: the one before {@code toVersion}) to {@code toVersion} (default: latest). */
    public VersionDiff diff(
            String registryName, String schemaName, @Nullable String fromVersion, @Nullable String toVersion) {
        SchemaRow schema = reader.requireSchema(registryName, schemaName);
        long to = toVersion == null ? schema.latestVersion() : input.version(toVersion);
        SchemaVersionRow newer = row(schema, to);
        SchemaVersionRow older = fromVersion != null
                ? row(schema, input.version(fromVersion))
                : versions.allNewestFirst(schema.id()).stream()
                        .filter(v -> v.version() < to)
                        .findFirst()
                        .orElseThrow(() -> ApiException.badRequest(
                                "Version %d is the first version of schema %s; give fromVersion to compare it.",
                                to, schemaName));
        CompatibilityPolicy policy =
                rules.resolve(schema.registryId(), schema.id()).policy();
        List<Difference> differences = guarded(
                () -> diff.between(history.of(older).schema(), history.of(newer).schema()));
        List<DirectedFinding> directed = differences.stream()
                .map(d -> new DirectedFinding(
                        new Finding(
                                null,
                                d.path(),
                                d.kind().name(),
                                d.effect().name(),
                                d.message(),
                                d.breaksBackward(policy) || d.breaksForward(policy)),
                        d.breaksBackward(policy),
                        d.breaksForward(policy)))
                .toList();
        return new VersionDiff(older.version(), newer.version(), policy, directed);
    }

    /** What was recorded when the version was written; NotFound for a first version, which had nothing to compare. */
    public Recorded recorded(String registryName, String schemaName, String version) {
        SchemaRow schema = reader.requireSchema(registryName, schemaName);
        SchemaVersionRow row = row(schema, input.version(version));
        VersionCompatibilityRow record = records.findById(row.id())
                .orElseThrow(() -> ApiException.notFound(
                        "Version %d of schema %s has no compatibility record: it had no earlier version to compare with.",
                        row.version(), schemaName));
        return new Recorded(
                row.version(),
                record.previousVersion(),
                record.mode(),
                record.policy(),
                record.compatible(),
                findings(record.findings()),
                record.error());
    }

    /**
     * The verdicts recorded with a schema's versions from {@code lowest} to {@code highest}, by version
     * number: compatible or not, or {@code null} where no verdict could be reached. First versions,
     * which had nothing to compare, are absent.
     */
    public Map<Long, Optional<Boolean>> verdicts(String registryName, String schemaName, long lowest, long highest) {
        SchemaRow schema = reader.requireSchema(registryName, schemaName);
        Map<Long, Optional<Boolean>> verdicts = new HashMap<>();
        records.verdicts(schema.id(), lowest, highest)
                .forEach(verdict -> verdicts.put(verdict.version(), Optional.ofNullable(verdict.compatible())));
        return verdicts;
    }

    private SchemaVersionRow row(SchemaRow schema, long version) {
        return versions.findBySchemaIdAndVersion(schema.id(), version)
                .orElseThrow(() -> SchemaQueries.versionNotFound(schema.name(), version));
    }

    private static List<Finding> findings(String json) {
        return StoredFindings.read(json);
    }

    private static <T> T guarded(java.util.function.Supplier<T> comparison) {
        try {
            return comparison.get();
        } catch (SchemaTooComplexException e) {
            throw ApiException.badRequest("Cannot compare these schemas: %s", e.getMessage());
        }
    }
}
