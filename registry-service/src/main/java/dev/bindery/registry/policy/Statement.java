package dev.bindery.registry.policy;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a resource policy. It matches a request when one of its principals is the
 * caller, one of its action patterns matches the action (ignoring case, as IAM does) and one of its
 * resource patterns matches the resource ARN (case-sensitive, as IAM is).
 *
 * @param sid        the statement id, or {@code null}
 * @param effect     whether a match allows or denies
 * @param principals whom it applies to, at least one
 * @param actions    action patterns such as {@code schemas:Describe*}, at least one
 * @param resources  resource ARN patterns with {@code *} and {@code ?}, at least one
 */
public record Statement(
        @Nullable String sid,
        StatementEffect effect,
        List<PolicyPrincipal> principals,
        List<String> actions,
        List<String> resources) {

    public Statement {
        Objects.requireNonNull(effect, "effect == null");
        principals = List.copyOf(principals);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        if (principals.isEmpty() || actions.isEmpty() || resources.isEmpty()) {
            throw new IllegalArgumentException("a statement needs principals, actions and resources");
        }
    }

    /** Whether this statement applies to the request (its effect aside). */
    public boolean matches(Request request) {
        return anyMatches(actions, request.action(), true)
                && anyMatches(resources, request.resourceArn(), false)
                && anyPrincipalMatches(request);
    }

    private boolean anyPrincipalMatches(Request request) {
        for (PolicyPrincipal principal : principals) {
            if (principal.matches(request)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatches(List<String> patterns, String text, boolean ignoreCase) {
        for (String pattern : patterns) {
            if (Wildcards.matches(pattern, text, ignoreCase)) {
                return true;
            }
        }
        return false;
    }
}
