package dev.bindery.registry.catalog;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** One page of a list operation and the token for the next page ({@code null} on the last). */
public record Page<T>(List<T> items, @Nullable String nextToken) {

    public Page {
        items = List.copyOf(items);
    }
}
