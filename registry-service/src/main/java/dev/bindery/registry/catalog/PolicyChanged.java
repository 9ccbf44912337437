package dev.bindery.registry.catalog;

/** Published inside every transaction that puts or deletes the resource policy of a registry. */
public record PolicyChanged(String registryName) {}
