package dev.bindery.registry.security;

import dev.bindery.registry.catalog.RegistryPolicies;
import dev.bindery.registry.policy.Decision;
import dev.bindery.registry.security.Operations.Operation;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;

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

    private final RegistryPolicies policies;

    public Authorizer(RegistryPolicies policies) {
        this.policies = policies;
    }

    /** The answer: allowed, or refused with a reason the client may read. */
    public record Verdict(boolean allowed, @Nullable String reason) {

        static final Verdict ALLOWED = new Verdict(true, null);

        static Verdict denied(String reason) {
            return new Verdict(false, reason);
        }
    }

    /**
     * @param registryName the registry the resource belongs to, or {@code null} for account-level operations
     * @param resourceArn  the resource's ARN (given whenever {@code registryName} is)
     */
    public Verdict decide(
            Principal principal,
            String principalArn,
            Operation operation,
            @Nullable String registryName,
            @Nullable String resourceArn) {
        if (registryName == null) {
            return accountLevel(principal, operation);
        }
        Decision policy = policies.decide(
                registryName,
                principalArn,
                operation.action(),
                Objects.requireNonNull(resourceArn, "resourceArn == null for a registry's resource"));
        return registryLevel(principal, operation, registryName, policy);
    }

    /**
     * As {@link #decide}, but only when the registry's policy is cached fresh on this instance, so
     * the answer costs no query: empty otherwise.
     */
    public Optional<Verdict> decideFromCache(
            Principal principal,
            String principalArn,
            Operation operation,
            @Nullable String registryName,
            @Nullable String resourceArn) {
        if (registryName == null) {
            return Optional.of(accountLevel(principal, operation));
        }
        return policies.decideFromCache(
                        registryName,
                        principalArn,
                        operation.action(),
                        Objects.requireNonNull(resourceArn, "resourceArn == null for a registry's resource"))
                .map(policy -> registryLevel(principal, operation, registryName, policy));
    }

    private static Verdict accountLevel(Principal principal, Operation operation) {
        if (!principal.role().grants(operation.permission())) {
            return Verdict.denied("role " + principal.role().wireName() + " does not allow it");
        }
        if (operation.permission() == Permission.ADMIN
                && !principal.registries().isEmpty()) {
            return Verdict.denied("it needs an admin who is not limited to some registries");
        }
        return Verdict.ALLOWED;
    }

    private static Verdict registryLevel(
            Principal principal, Operation operation, String registryName, Decision policy) {
        boolean byRole = principal.role().grants(operation.permission()) && principal.covers(registryName);
        if (policy == Decision.DENY && !(isPolicyOperation(operation) && unrestrictedAdmin(principal))) {
            return Verdict.denied("the resource policy of registry " + registryName + " denies it");
        }
        if (byRole || policy == Decision.ALLOW) {
            return Verdict.ALLOWED;
        }
        if (!principal.covers(registryName)) {
            return Verdict.denied(
                    "the principal is limited to registries " + String.join(", ", principal.registries()));
        }
        return Verdict.denied("role " + principal.role().wireName() + " does not allow it");
    }

    private static boolean isPolicyOperation(Operation operation) {
        return operation.name().endsWith("ResourcePolicy");
    }

    private static boolean unrestrictedAdmin(Principal principal) {
        return principal.role() == Role.ADMIN && principal.registries().isEmpty();
    }
}
