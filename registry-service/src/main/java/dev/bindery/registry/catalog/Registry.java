package dev.bindery.registry.catalog;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/** A registry as the API describes it. */
public record Registry(String name, @Nullable String description, Map<String, String> tags) {

    public Registry {
        tags = Map.copyOf(tags);
    }
}
