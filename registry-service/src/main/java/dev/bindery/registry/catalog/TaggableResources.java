package dev.bindery.registry.catalog;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Tags of resources that live outside the catalog (discoverers), so {@link TagService} can serve
 * every ARN without depending on the packages that own them.
 */
public interface TaggableResources {

    /** The stored tags (a JSON object) of the resource with this id, if it exists. */
    Optional<String> readTags(String id);

    /** Rewrites the resource's tags under its lock; {@code false} if it does not exist. */
    boolean rewriteTags(String id, UnaryOperator<String> change);
}
