package dev.bindery.registry.console.view;

/** A discovered schema that has statistics but no version yet. */
public record DiscoveredView(String registry, String schema, StatisticsView statistics) {}
