/**
 * The catalog: registries, schemas and their immutable versions, tags and resource policies. The
 * services here decide (naming rules, versioning, idempotency, optimistic locking); the
 * {@code store} package persists and the {@code api} package speaks HTTP.
 */
package dev.bindery.registry.catalog;
