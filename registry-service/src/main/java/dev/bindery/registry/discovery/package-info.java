/**
 * Schema discovery: discoverers, one per event bus, that decide which buses' events are inferred;
 * the path of an accepted event (journalled by {@link dev.bindery.registry.discovery.JournalAppender}
 * in a {@link dev.bindery.registry.discovery.DiscoveryJournal}, folded into the in-memory
 * {@link dev.bindery.registry.discovery.ShapeDeltas}, merged into the stored shape by
 * {@link dev.bindery.registry.discovery.ShapeFlusher}, replayed after a crash by
 * {@link dev.bindery.registry.discovery.JournalReplay}); the newest events of each schema, kept as samples
 * ({@link dev.bindery.registry.discovery.EventSamples}); and the versions written from the shapes,
 * through the catalog's {@link dev.bindery.registry.catalog.VersionPublisher} and its typed outcomes.
 * The inference engine itself lives in {@code discovery.inference}.
 */
package dev.bindery.registry.discovery;
