package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** A registry's page: its schemas (a page of them, filtered by name prefix) and its compatibility rule. */
public record RegistryView(
        String name,
        @Nullable String description,
        RuleView rule,
        String prefix,
        List<SchemaEntry> schemas,
        @Nullable String nextToken,
        long schemaCount,
        boolean canSetRule,
        boolean canUpload) {

    public RegistryView {
        schemas = List.copyOf(schemas);
    }

    /** One schema of the list. */
    public record SchemaEntry(String name, long versionCount, Instant lastModified, String href) {}

    /** The link to the next page, keeping the filter. */
    public String nextHref() {
        return Urls.registry(name) + "?prefix=" + Urls.encode(prefix) + "&next=" + Urls.encode(nextToken);
    }

    public String uploadHref() {
        return Urls.registry(name) + "/upload";
    }

    public String ruleAction() {
        return Urls.registry(name) + "/compatibility";
    }
}
