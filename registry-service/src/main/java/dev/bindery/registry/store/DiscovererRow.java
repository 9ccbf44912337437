package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A discoverer of one event bus; {@code state} is {@code STARTED} or {@code STOPPED}. */
@MappedEntity("discoverer")
public record DiscovererRow(
        @Id @GeneratedValue @Nullable Long id,
        String discovererId,
        String sourceArn,
        String busName,
        @Nullable String description,
        String state,
        boolean crossAccount,
        String tags,
        Instant createdAt) {

    public DiscovererRow with(@Nullable String newDescription, boolean newCrossAccount, String newState) {
        return new DiscovererRow(
                id, discovererId, sourceArn, busName, newDescription, newState, newCrossAccount, tags, createdAt);
    }

    public DiscovererRow withTags(String newTags) {
        return new DiscovererRow(
                id, discovererId, sourceArn, busName, description, state, crossAccount, newTags, createdAt);
    }
}
