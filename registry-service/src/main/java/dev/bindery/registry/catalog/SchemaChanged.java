package dev.bindery.registry.catalog;

import io.micronaut.core.annotation.Nullable;

/**
 * Published inside every transaction that changes what DescribeSchema answers for a schema (its
 * versions, tags or existence); {@code schemaName} is {@code null} when a whole registry went.
 */
public record SchemaChanged(String registryName, @Nullable String schemaName) {}
