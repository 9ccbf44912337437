package dev.bindery.registry.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An event rule on a bus: its pattern (or schedule), state and tags (a JSON object); it has no targets. */
@MappedEntity("event_rule")
public record EventRuleRow(
        @Id @GeneratedValue @Nullable Long id,
        String busName,
        String name,
        @Nullable String eventPattern,
        @Nullable String scheduleExpression,
        String state,
        @Nullable String description,
        @Nullable String roleArn,
        String tags,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public EventRuleRow withState(String newState, Instant now) {
        return new EventRuleRow(
                id,
                busName,
                name,
                eventPattern,
                scheduleExpression,
                newState,
                description,
                roleArn,
                tags,
                createdBy,
                createdAt,
                now);
    }
}
