package dev.bindery.registry.catalog;

import java.util.List;

/** A schema that matched a search, with the versions that matched, newest first. */
public record SearchHit(String schemaName, List<VersionSummary> versions) {

    public SearchHit {
        versions = List.copyOf(versions);
    }
}
