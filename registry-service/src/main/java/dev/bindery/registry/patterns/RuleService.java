package dev.bindery.registry.patterns;

import dev.bindery.registry.catalog.LikePatterns;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.PageToken;
import dev.bindery.registry.catalog.Tags;
import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.discovery.EventBuses;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.EventRuleRepository;
import dev.bindery.registry.store.EventRuleRow;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Event rules, through the events API's rule operations: created or replaced by PutRule, described, listed by
 * name prefix, enabled, disabled and deleted. A rule's pattern is checked by event-ruler when it is put. Bindery
 * stores rules to check them against the schemas; it delivers no events, so rules take no targets.
 */
@Singleton
public class RuleService {

    static final String DISABLED = "DISABLED";
    static final String ENABLED = "ENABLED";
    private static final Set<String> STATES =
            Set.of(ENABLED, DISABLED, "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
    private static final Pattern NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final String DEFAULT_BUS = "default";
    private static final String TOKEN_KIND = "rules";
    private static final int MAX_PATTERN = 4096;
    private static final int MAX_DESCRIPTION = 512;
    private static final int MAX_SCHEDULE = 256;

    private final EventRuleRepository rules;
    private final Tags tags;
    private final AwsIdentity identity;

    public RuleService(EventRuleRepository rules, Tags tags, AwsIdentity identity) {
        this.rules = rules;
        this.tags = tags;
        this.identity = identity;
    }

    /** What PutRule asks for; {@code bus} is a name or ARN, {@code null} for the default bus. */
    public record Draft(
            @Nullable String name,
            @Nullable String bus,
            @Nullable String eventPattern,
            @Nullable String scheduleExpression,
            @Nullable String state,
            @Nullable String description,
            @Nullable String roleArn,
            Map<String, String> tags) {}

    /** Creates the rule, or replaces an existing one's pattern, schedule, state, description and role. */
    @Transactional
    public EventRule put(Draft draft) {
        String name = name(draft.name());
        String bus = bus(draft.bus());
        if (draft.eventPattern() == null && draft.scheduleExpression() == null) {
            throw ApiException.badRequest("Parameter(s) EventPattern or ScheduleExpression must be specified.");
        }
        if (draft.eventPattern() != null) {
            if (draft.eventPattern().length() > MAX_PATTERN) {
                throw ApiException.badRequest(
                        "EventPattern must be at most %d characters long; it has %d.",
                        MAX_PATTERN, draft.eventPattern().length());
            }
            EventPattern.compile(draft.eventPattern());
        }
        if (draft.scheduleExpression() != null) {
            if (!DEFAULT_BUS.equals(bus)) {
                throw ApiException.badRequest("ScheduleExpression is supported only on the default event bus.");
            }
            limit("ScheduleExpression", draft.scheduleExpression(), MAX_SCHEDULE);
        }
        limit("Description", draft.description(), MAX_DESCRIPTION);
        String state = draft.state() == null ? ENABLED : draft.state();
        if (!STATES.contains(state)) {
            throw ApiException.badRequest(
                    "State '%s' is not one of ENABLED, DISABLED, " + "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS.",
                    state);
        }
        tags.check(draft.tags());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Optional<EventRuleRow> existing = rules.findForUpdate(bus, name);
        EventRuleRow row;
        if (existing.isPresent()) {
            EventRuleRow old = existing.get();
            row = rules.update(new EventRuleRow(
                    old.id(),
                    bus,
                    name,
                    draft.eventPattern(),
                    draft.scheduleExpression(),
                    state,
                    draft.description(),
                    draft.roleArn(),
                    tags.merge(old.tags(), draft.tags()),
                    old.createdBy(),
                    old.createdAt(),
                    now));
        } else {
            try {
                row = rules.save(new EventRuleRow(
                        null,
                        bus,
                        name,
                        draft.eventPattern(),
                        draft.scheduleExpression(),
                        state,
                        draft.description(),
                        draft.roleArn(),
                        tags.write(draft.tags()),
                        identity.accountId(),
                        now,
                        now));
            } catch (DataAccessException e) {
                if (UniqueViolation.isCauseOf(e)) {
                    throw new ApiException(
                            dev.bindery.registry.error.ErrorCode.ConflictException,
                            "Rule " + name + " on EventBus " + bus + " was created by a concurrent request; retry.");
                }
                throw e;
            }
        }
        return toRule(row);
    }

    public EventRule describe(@Nullable String bus, @Nullable String name) {
        String busName = bus(bus);
        String ruleName = name(name);
        return toRule(rules.findByBusNameAndName(busName, ruleName).orElseThrow(() -> notFound(busName, ruleName)));
    }

    /** A page of a bus's rules whose names start with {@code prefix}, in name order. */
    public Page<EventRule> list(
            @Nullable String bus, @Nullable String prefix, @Nullable String nextToken, @Nullable Integer limit) {
        String busName = bus(bus);
        if (limit != null && (limit < 1 || limit > 100)) {
            throw ApiException.badRequest("Limit must be between 1 and 100; it is %d.", limit);
        }
        int size = limit == null ? 100 : limit;
        String after = PageToken.decode(TOKEN_KIND, nextToken);
        List<EventRuleRow> rows =
                rules.page(busName, LikePatterns.startingWith(prefix == null ? "" : prefix), after, size + 1);
        return Page.of(rows, size, TOKEN_KIND, EventRuleRow::name, this::toRule);
    }

    @Transactional
    public void delete(@Nullable String bus, @Nullable String name) {
        rules.delete(lock(bus, name));
    }

    @Transactional
    public void setEnabled(@Nullable String bus, @Nullable String name, boolean enabled) {
        EventRuleRow row = lock(bus, name);
        rules.update(row.withState(enabled ? ENABLED : DISABLED, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** PutTargets: the rule must exist, and then the answer is that Bindery delivers nothing. */
    public void refuseTargets(@Nullable String bus, @Nullable String name) {
        describe(bus, name);
        throw ApiException.badRequest(
                "Bindery stores rules only to check their patterns against the schemas; "
                        + "it does not deliver events, so rule %s takes no targets. Put targets on the rule in EventBridge.",
                name);
    }

    /** Every enabled rule with a pattern, on any bus. */
    public List<EventRule> enabledWithPatterns() {
        return rules.findAll().stream()
                .filter(row -> !DISABLED.equals(row.state()) && row.eventPattern() != null)
                .map(this::toRule)
                .toList();
    }

    private EventRuleRow lock(@Nullable String bus, @Nullable String name) {
        String busName = bus(bus);
        String ruleName = name(name);
        return rules.findForUpdate(busName, ruleName).orElseThrow(() -> notFound(busName, ruleName));
    }

    private EventRule toRule(EventRuleRow row) {
        return new EventRule(
                row.name(),
                row.busName(),
                arn(row.busName(), row.name()),
                row.eventPattern(),
                row.scheduleExpression(),
                row.state(),
                row.description(),
                row.roleArn(),
                tags.read(row.tags()),
                row.createdBy(),
                row.createdAt(),
                row.updatedAt());
    }

    private String arn(String bus, String name) {
        return "arn:aws:events:" + identity.region() + ":" + identity.accountId() + ":rule/"
                + (DEFAULT_BUS.equals(bus) ? "" : bus + "/") + name;
    }

    private static String name(@Nullable String name) {
        if (name == null) {
            throw ApiException.badRequest("Name is required.");
        }
        if (!NAME.matcher(name).matches()) {
            throw ApiException.badRequest(
                    "1 validation error detected: Value '%s' at 'name' failed to satisfy "
                            + "constraint: Member must be 1 to 64 of the characters . - _ A-Z a-z 0-9.",
                    name);
        }
        return name;
    }

    static String bus(@Nullable String nameOrArn) {
        if (nameOrArn == null) {
            return DEFAULT_BUS;
        }
        return EventBuses.nameOf(nameOrArn)
                .orElseThrow(
                        () -> ApiException.badRequest("EventBusName '%s' is not an event bus name or ARN.", nameOrArn));
    }

    private static void limit(String member, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(
                    "%s must be at most %d characters long; it has %d.", member, max, value.length());
        }
    }

    private static ApiException notFound(String bus, String name) {
        return ApiException.notFound("Rule %s does not exist on EventBus %s.", name, bus);
    }
}
