package dev.bindery.registry.store;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** A schema with its number of versions, counted in the same query: what ListSchemas lists. */
@Introspected
public record SchemaListing(String name, Instant lastModified, String tags, long versionCount) {}
