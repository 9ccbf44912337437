package dev.bindery.registry.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.catalog.VersionGate;
import dev.bindery.registry.compat.CompatibilityChecker;
import dev.bindery.registry.compat.CompatibilityFinding;
import dev.bindery.registry.compat.CompatibilityMode;
import dev.bindery.registry.compat.CompatibilityReport;
import dev.bindery.registry.compat.SchemaDiff;
import dev.bindery.registry.compat.SchemaTooComplexException;
import dev.bindery.registry.compat.VersionedSchema;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.SchemaRow;
import dev.bindery.registry.store.SchemaVersionRow;
import dev.bindery.registry.store.VersionCompatibilityRepository;
import dev.bindery.registry.store.VersionCompatibilityRow;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every new version against its predecessors under the schema's rule, refuses it when the
 * rule is enforced and broken, and otherwise records the judgement with the version.
 */
@Singleton
class CompatibilityGate implements VersionGate {

    private static final Logger LOG = LoggerFactory.getLogger(CompatibilityGate.class);
    /** Breaking findings quoted in a refusal; the check operation lists them all. */
    private static final int QUOTED_FINDINGS = 10;

    private final CompatibilityRules rules;
    private final VersionHistory history;
    private final CompatibilityChecker checker;
    private final SchemaDiff diff;
    private final VersionCompatibilityRepository records;
    private final BrokenRules brokenRules;

    CompatibilityGate(
            CompatibilityRules rules,
            VersionHistory history,
            CompatibilityChecker checker,
            SchemaDiff diff,
            VersionCompatibilityRepository records,
            BrokenRules brokenRules) {
        this.brokenRules = brokenRules;
        this.rules = rules;
        this.history = history;
        this.checker = checker;
        this.diff = diff;
        this.records = records;
    }

    @Override
    public void admit(String registryName, SchemaRow schema, SchemaVersionRow added, boolean enforce) {
        Rule rule = rules.resolve(schema.registryId(), schema.id());
        List<VersionedSchema> previous =
                history.before(schema.id(), added.version(), rule.mode().transitive());
        if (previous.isEmpty()) {
            return;
        }
        long predecessor = Long.parseLong(previous.get(previous.size() - 1).version());
        CompatibilityReport report;
        try {
            report = judge(previous, history.of(added).schema(), rule);
        } catch (SchemaTooComplexException e) {
            if (enforce) {
                throw ApiException.badRequest(
                        "Cannot check version %d of schema %s against its rule %s: %s " + "Nothing was stored.",
                        added.version(), schema.name(), rule.mode(), e.getMessage());
            }
            LOG.warn(
                    "Version {} of schema {} was not checked for compatibility: {}",
                    added.version(),
                    schema.name(),
                    e.getMessage());
            records.save(new VersionCompatibilityRow(
                    added.id(),
                    predecessor,
                    rule.mode().name(),
                    rule.policy().name(),
                    null,
                    "[]",
                    e.getMessage(),
                    now()));
            return;
        }
        List<Finding> findings = new java.util.ArrayList<>(
                report.findings().stream().map(Finding::of).toList());
        List<Finding> broken = brokenRules.findings(
                registryName,
                schema.name(),
                schema.id(),
                predecessor,
                brokenRules.content(added.contentHash()),
                rule.mode() != CompatibilityMode.NONE);
        findings.addAll(broken);
        boolean compatible = report.compatible() && broken.stream().noneMatch(Finding::breaking);
        if (enforce && !compatible) {
            throw refusal(schema.name(), rule.mode(), findings);
        }
        records.save(new VersionCompatibilityRow(
                added.id(),
                predecessor,
                rule.mode().name(),
                rule.policy().name(),
                compatible,
                json(findings),
                null,
                now()));
    }

    /**
     * The checker's report; under NONE, which checks nothing, the differences from the predecessor
     * are still recorded (none of them breaking) so that every version says what changed.
     */
    private CompatibilityReport judge(List<VersionedSchema> previous, JsonNode candidate, Rule rule) {
        if (rule.mode() != CompatibilityMode.NONE) {
            return checker.check(previous, candidate, rule.mode(), rule.policy());
        }
        VersionedSchema predecessor = previous.get(previous.size() - 1);
        List<CompatibilityFinding> findings = diff.between(predecessor.schema(), candidate).stream()
                .map(d -> new CompatibilityFinding(predecessor.version(), d, false))
                .toList();
        return new CompatibilityReport(rule.mode(), rule.policy(), true, List.of(predecessor.version()), findings);
    }

    private static ApiException refusal(String schemaName, CompatibilityMode mode, List<Finding> findings) {
        List<Finding> breaking = findings.stream().filter(Finding::breaking).toList();
        String listed =
                breaking.stream().limit(QUOTED_FINDINGS).map(Finding::describe).collect(Collectors.joining("; "));
        String more = breaking.size() > QUOTED_FINDINGS
                ? "; and " + (breaking.size() - QUOTED_FINDINGS) + " more (see the compatibility check operation)"
                : "";
        return ApiException.conflict(
                "The new content of schema %s is not %s compatible: %s%s. Nothing was stored.",
                schemaName, mode, listed, more);
    }

    private static String json(List<Finding> findings) {
        return StoredFindings.write(findings);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
