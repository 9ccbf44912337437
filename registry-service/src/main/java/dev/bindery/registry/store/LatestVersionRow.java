package dev.bindery.registry.store;

import io.micronaut.core.annotation.Introspected;

/** The latest version of one schema of a registry and the hash of its content (no content). */
@Introspected
public record LatestVersionRow(String schemaName, long version, String contentHash) {}
