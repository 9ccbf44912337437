package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The start page: the registries the caller may see, with their schema counts. */
public record HomeView(
        List<RegistryEntry> registries, @Nullable String nextToken, boolean canCreateRegistry) {

    public HomeView {
        registries = List.copyOf(registries);
    }

    /** A registry in the list. */
    public record RegistryEntry(String name, @Nullable String description, long schemaCount) {

        public String href() {
            return Urls.registry(name);
        }
    }
}
