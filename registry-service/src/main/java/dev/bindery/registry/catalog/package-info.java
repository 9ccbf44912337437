/**
 * The catalog: registries, schemas and their immutable versions, tags and resource policies. The
 * services here decide (naming rules, versioning, idempotency, optimistic locking); the
 * {@code store} package persists and the {@code api} package speaks HTTP. Writers inside the registry
 * (discovery) version documents through {@link dev.bindery.registry.catalog.VersionPublisher}, whose
 * answers are typed rather than the API's exceptions.
 */
package dev.bindery.registry.catalog;
