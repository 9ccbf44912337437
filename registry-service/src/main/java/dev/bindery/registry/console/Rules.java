package dev.bindery.registry.console;

import dev.bindery.registry.console.view.ConfirmView;
import dev.bindery.registry.console.view.FindingView;
import dev.bindery.registry.console.view.RuleView;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.rules.CompatibilityRules;
import dev.bindery.registry.rules.Finding;
import dev.bindery.registry.rules.Rule;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;

/** Turns the rules package's answers into what the console's templates show. */
final class Rules {

    private Rules() {}

    static RuleView view(Rule rule) {
        return new RuleView(
                rule.mode().name(), rule.policy().name(), origin(rule.modeOrigin()), origin(rule.policyOrigin()));
    }

    static FindingView finding(Finding finding) {
        return view(finding, finding.breaking() ? "breaking" : "");
    }

    static FindingView finding(Finding finding, boolean backward, boolean forward) {
        return view(
                finding,
                backward && forward ? "backward and forward" : backward ? "backward" : forward ? "forward" : "");
    }

    /** A finding as the pages show it, with the label its list gives it. */
    private static FindingView view(Finding finding, String label) {
        return new FindingView(
                finding.version(),
                finding.path(),
                finding.kind(),
                finding.effect(),
                finding.message(),
                finding.breaking(),
                label);
    }

    static List<FindingView> findings(List<Finding> findings) {
        return findings.stream().map(Rules::finding).toList();
    }

    /** Refuses a rule form without a valid mode and policy before anything is confirmed. */
    static void check(@Nullable String mode, @Nullable String policy) {
        if (mode == null || policy == null) {
            throw ApiException.badRequest("Choose a mode and a policy.");
        }
        CompatibilityRules.parseMode("Mode", mode);
        CompatibilityRules.parsePolicy("Policy", policy);
    }

    static ConfirmView.Field field(String name, String value) {
        return new ConfirmView.Field(name, value);
    }

    private static String origin(Rule.Origin origin) {
        return origin.name().toLowerCase(Locale.ROOT);
    }
}
