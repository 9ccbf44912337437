package dev.bindery.registry.security;

import dev.bindery.registry.security.Operations.Operation;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Decides whether a principal may call an operation on a resource. A request is allowed by the
 * principal's role (within its registry patterns) or by an Allow in the registry's resource
 * policy; an explicit Deny in that policy wins over both, except that an unrestricted admin can
 * always read and change the policy itself, so no policy locks every administrator out.
 * Account-level administration (principals, discoverers, the audit log) needs an admin limited to
 * no registries.
 */
@Singleton
public final class Authorizer {

    private final PolicyCheck policies;

    public Authorizer(PolicyCheck policies) {
        this.policies = policies;
    }

    /** The answer: allowed, or refused with a reason the client may read. */
    public record Decision(boolean allowed, @Nullable String reason) {

        static final Decision ALLOWED = new Decision(true, null);

        static Decision denied(String reason) {
            return new Decision(false, reason);
        }
    }

    /**
     * @param registryName the registry the resource belongs to, or {@code null} for account-level operations
     * @param resourceArn  the resource's ARN ({@code null} for account-level operations)
     */
    public Decision decide(Principal principal, String principalArn, Operation operation,
                           @Nullable String registryName, @Nullable String resourceArn) {
        if (registryName == null) {
            if (!principal.role().grants(operation.permission())) {
                return Decision.denied("role " + principal.role().wireName() + " does not allow it");
            }
            if (operation.permission() == Permission.ADMIN && !principal.registries().isEmpty()) {
                return Decision.denied("it needs an admin who is not limited to some registries");
            }
            return Decision.ALLOWED;
        }
        PolicyVerdict verdict = policies.verdict(registryName, principalArn, operation.action(),
                resourceArn == null ? "" : resourceArn);
        boolean byRole = principal.role().grants(operation.permission()) && principal.covers(registryName);
        if (verdict == PolicyVerdict.DENY && !(isPolicyOperation(operation) && unrestrictedAdmin(principal))) {
            return Decision.denied("the resource policy of registry " + registryName + " denies it");
        }
        if (byRole || verdict == PolicyVerdict.ALLOW) {
            return Decision.ALLOWED;
        }
        if (!principal.covers(registryName)) {
            return Decision.denied("the principal is limited to registries " + String.join(", ", principal.registries()));
        }
        return Decision.denied("role " + principal.role().wireName() + " does not allow it");
    }

    private static boolean isPolicyOperation(Operation operation) {
        return operation.name().endsWith("ResourcePolicy");
    }

    private static boolean unrestrictedAdmin(Principal principal) {
        return principal.role() == Role.ADMIN && principal.registries().isEmpty();
    }
}
