package dev.bindery.registry.patterns;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;

/**
 * An event rule as EventBridge describes it. Bindery keeps it to check its pattern against the schemas; it has no
 * targets and nothing is delivered.
 *
 * @param name               the rule's name, unique on its bus
 * @param busName            the bus it is on
 * @param arn                {@code arn:aws:events:<region>:<account>:rule/[<bus>/]<name>}
 * @param eventPattern       its pattern, or {@code null} for a scheduled rule
 * @param scheduleExpression its schedule, kept as given (never run)
 * @param state              {@code ENABLED}, {@code DISABLED} or {@code ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS}
 * @param createdBy          the account that created it
 */
public record EventRule(
        String name,
        String busName,
        String arn,
        @Nullable String eventPattern,
        @Nullable String scheduleExpression,
        String state,
        @Nullable String description,
        @Nullable String roleArn,
        Map<String, String> tags,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public EventRule {
        tags = Map.copyOf(tags);
    }

    /** Whether EventBridge would match events against it. */
    public boolean enabled() {
        return !RuleService.DISABLED.equals(state);
    }
}
