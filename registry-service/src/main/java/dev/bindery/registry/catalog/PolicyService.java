package dev.bindery.registry.catalog;

import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.policy.InvalidPolicyException;
import dev.bindery.registry.policy.ResourcePolicy;
import dev.bindery.registry.store.PolicyRepository;
import dev.bindery.registry.store.PolicyRow;
import dev.bindery.registry.store.RegistryRepository;
import dev.bindery.registry.store.RegistryRow;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Resource policies of registries, stored with a revision id for optimistic locking: a put that
 * names a revision other than the current one fails with PreconditionFailedException. A put is
 * refused unless the policy is in the IAM subset Bindery enforces ({@link ResourcePolicy}), so a
 * stored policy always means what it says; {@link RegistryPolicies} enforces them. Every put and
 * delete publishes {@link PolicyChanged}.
 */
@Singleton
public class PolicyService {

    private final RegistryRepository registries;
    private final PolicyRepository policies;
    private final InputRules rules;
    private final ApplicationEventPublisher<PolicyChanged> changes;

    public PolicyService(
            RegistryRepository registries,
            PolicyRepository policies,
            InputRules rules,
            ApplicationEventPublisher<PolicyChanged> changes) {
        this.registries = registries;
        this.policies = policies;
        this.rules = rules;
        this.changes = changes;
    }

    /** A stored policy and its revision. */
    public record Policy(String policy, String revisionId) {}

    public Policy get(@Nullable String registryName) {
        RegistryRow registry = requireRegistry(registryName);
        return policies.findById(registry.id())
                .map(row -> new Policy(row.policy(), row.revisionId()))
                .orElseThrow(() -> noPolicy(registryName));
    }

    @Transactional
    public Policy put(@Nullable String registryName, String policy, @Nullable String revisionId) {
        rules.policy(policy);
        requireSupported(policy);
        RegistryRow registry = lockRegistry(registryName);
        Optional<PolicyRow> current = policies.findForUpdate(registry.id());
        if (revisionId != null
                && !revisionId.isEmpty()
                && current.map(row -> !row.revisionId().equals(revisionId)).orElse(true)) {
            throw ApiException.preconditionFailed(
                    "RevisionId %s is not the current revision of the policy of registry %s.",
                    revisionId, registryName);
        }
        PolicyRow row = new PolicyRow(
                registry.id(),
                policy,
                UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        if (current.isPresent()) {
            policies.update(row);
        } else {
            policies.save(row);
        }
        changes.publishEvent(new PolicyChanged(registry.name()));
        return new Policy(row.policy(), row.revisionId());
    }

    @Transactional
    public void delete(@Nullable String registryName) {
        RegistryRow registry = lockRegistry(registryName);
        PolicyRow row = policies.findForUpdate(registry.id()).orElseThrow(() -> noPolicy(registryName));
        policies.delete(row);
        changes.publishEvent(new PolicyChanged(registry.name()));
    }

    private RegistryRow requireRegistry(@Nullable String registryName) {
        return registries
                .findByName(requireName(registryName))
                .orElseThrow(() -> RegistryService.notFound(registryName));
    }

    private RegistryRow lockRegistry(@Nullable String registryName) {
        return registries
                .findByNameForUpdate(requireName(registryName))
                .orElseThrow(() -> RegistryService.notFound(registryName));
    }

    private static String requireName(@Nullable String registryName) {
        if (registryName == null || registryName.isEmpty()) {
            throw ApiException.badRequest("registryName is required: resource policies belong to a registry.");
        }
        return registryName;
    }

    private static void requireSupported(String policy) {
        try {
            ResourcePolicy.parse(policy);
        } catch (InvalidPolicyException e) {
            throw ApiException.badRequest("%s", e.getMessage());
        }
    }

    private static ApiException noPolicy(String registryName) {
        return ApiException.notFound("Registry %s has no resource policy.", registryName);
    }
}
