package dev.bindery.registry.catalog;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.function.Function;

/** One page of a list operation and the token for the next page ({@code null} on the last). */
public record Page<T>(List<T> items, @Nullable String nextToken) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * A page from rows fetched as {@code size + 1} (keyset pagination): the first {@code size},
     * mapped, and when there were more, a token holding the last one's sort key.
     */
    public static <R, T> Page<T> of(
            List<R> rows, int size, String tokenKind, Function<R, String> sortKey, Function<R, T> mapper) {
        boolean more = rows.size() > size;
        List<R> page = more ? rows.subList(0, size) : rows;
        String token = more ? PageToken.encode(tokenKind, sortKey.apply(page.get(page.size() - 1))) : null;
        return new Page<>(page.stream().map(mapper).toList(), token);
    }
}
