package dev.bindery.registry.patterns;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which stored, enabled rules a new version of a schema breaks: a rule whose pattern admits the schema (by its
 * declared source and detail-type) and whose lint against the new version has an ERROR that its lint against the
 * previous version did not have (a renamed field, a dropped enum value, a changed type).
 */
@Singleton
public class RuleImpact {

    private static final Logger LOG = LoggerFactory.getLogger(RuleImpact.class);

    private final RuleService rules;
    private final PatternLinter linter;
    private final KnownSchemas known;

    public RuleImpact(RuleService rules, PatternLinter linter, KnownSchemas known) {
        this.rules = rules;
        this.linter = linter;
        this.known = known;
    }

    /** A rule the new version breaks, and the new errors that say why. */
    public record BrokenRule(EventRule rule, List<LintFinding> errors) {

        public BrokenRule {
            errors = List.copyOf(errors);
        }

        /** One line: the rule, its bus and its new errors. */
        public String describe() {
            return "enabled rule " + rule.name() + " on bus " + rule.busName() + " would no longer match: "
                    + errors.stream()
                            .map(e -> e.message()
                                    + (e.suggestion() == null ? "" : " (did you mean " + e.suggestion() + "?)"))
                            .collect(Collectors.joining("; "));
        }
    }

    public List<BrokenRule> brokenBy(
            String registryName, String schemaName, long previousVersion, String previousContent, String newContent) {
        List<EventRule> enabled = rules.enabledWithPatterns();
        if (enabled.isEmpty()) {
            return List.of();
        }
        EventShape before = known.shape(registryName, schemaName, previousVersion, previousContent);
        EventShape after = known.shape(registryName, schemaName, previousVersion + 1, newContent);
        List<BrokenRule> broken = new ArrayList<>();
        for (EventRule rule : enabled) {
            LintReport old;
            LintReport now;
            try {
                old = linter.lint(rule.eventPattern(), List.of(before));
                now = linter.lint(rule.eventPattern(), List.of(after));
            } catch (InvalidPatternException e) { // stored patterns were checked when put; never fail a write over one
                LOG.warn(
                        "Rule {} on bus {} was not checked against {}: {}",
                        rule.name(),
                        rule.busName(),
                        schemaName,
                        e.getMessage());
                continue;
            }
            if (old.matchingSchemas().isEmpty() || now.matchingSchemas().isEmpty()) {
                continue; // the rule is about other events
            }
            Set<String> oldErrors = old.findings().stream()
                    .filter(f -> f.severity() == LintFinding.Severity.ERROR)
                    .map(f -> f.kind() + " " + f.path())
                    .collect(Collectors.toSet());
            List<LintFinding> newErrors = now.findings().stream()
                    .filter(f -> f.severity() == LintFinding.Severity.ERROR)
                    .filter(f -> !oldErrors.contains(f.kind() + " " + f.path()))
                    .toList();
            if (!newErrors.isEmpty()) {
                broken.add(new BrokenRule(rule, newErrors));
            }
        }
        return broken;
    }
}
