package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The persisted inference state of one discovered schema ({@code state}: a ShapeSnapshot as JSON);
 * {@code pendingSince} is set while a changed schema waits for its coalescing window to end.
 */
@MappedEntity("discovered_shape")
public record DiscoveredShapeRow(
        @Id String schemaName,
        String source,
        String detailType,
        String state,
        long eventCount,
        Instant updatedAt,
        @Nullable Instant pendingSince) {}
