package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;

/** The form for a new version of a schema (or a new schema): name, type, description and content. */
public record UploadView(
        String registry,
        String schema,
        String type,
        String description,
        String content,
        @Nullable String problem) {

    public String action() {
        return Urls.registry(registry) + "/upload";
    }

    public String registryHref() {
        return Urls.registry(registry);
    }
}
