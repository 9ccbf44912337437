package dev.bindery.registry.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** The verdict recorded with a version: compatible or not, {@code null} where none could be reached. */
@Introspected
public record VersionVerdict(long version, @Nullable Boolean compatible) {}
