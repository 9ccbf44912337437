/**
 * Registry resource policies in the IAM subset Bindery enforces: an immutable model of the policy
 * document ({@link dev.bindery.registry.policy.ResourcePolicy}), its parser, which refuses
 * anything outside the subset with a message naming the element and where it is, and its
 * evaluation into a {@link dev.bindery.registry.policy.Decision}. Plain Java: storage and
 * caching belong to the catalog, the request's principal and operation to the authorizer.
 */
package dev.bindery.registry.policy;
