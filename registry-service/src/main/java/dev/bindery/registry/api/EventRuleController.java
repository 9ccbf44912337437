package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.patterns.EventRule;
import dev.bindery.registry.patterns.RuleService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RouteCondition;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events API's rule operations on {@code POST /} (awsJson 1.1), so that the CLI, the SDKs and IaC tools manage
 * Bindery's stored rules as EventBridge's. PutTargets is refused: Bindery delivers no events.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({"application/x-amz-json-1.1", MediaType.APPLICATION_JSON, MediaType.ALL})
class EventRuleController {

    private static final Object EMPTY = Map.of();

    private final RuleService rules;

    EventRuleController(RuleService rules) {
        this.rules = rules;
    }

    record PutRuleResponse(@JsonProperty("RuleArn") String ruleArn) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleDto(
            @JsonProperty("Name") String name,
            @JsonProperty("Arn") String arn,
            @JsonProperty("EventPattern") @Nullable String eventPattern,
            @JsonProperty("ScheduleExpression") @Nullable String scheduleExpression,
            @JsonProperty("State") String state,
            @JsonProperty("Description") @Nullable String description,
            @JsonProperty("RoleArn") @Nullable String roleArn,
            @JsonProperty("EventBusName") String eventBusName,
            @JsonProperty("CreatedBy") @Nullable String createdBy) {

        static RuleDto of(EventRule rule, boolean described) {
            return new RuleDto(
                    rule.name(),
                    rule.arn(),
                    rule.eventPattern(),
                    rule.scheduleExpression(),
                    rule.state(),
                    rule.description(),
                    rule.roleArn(),
                    rule.busName(),
                    described ? rule.createdBy() : null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListRulesResponse(
            @JsonProperty("Rules") List<RuleDto> rules,
            @JsonProperty("NextToken") @Nullable String nextToken) {}

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.PutRule')}")
    @Operation(operationId = "PutRule")
    HttpResponse<PutRuleResponse> putRule(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        EventRule rule = rules.put(new RuleService.Draft(
                body.string("Name"),
                body.string("EventBusName"),
                body.string("EventPattern"),
                body.string("ScheduleExpression"),
                body.string("State"),
                body.string("Description"),
                body.string("RoleArn"),
                tagList(body.node("Tags"))));
        return ok(new PutRuleResponse(rule.arn()));
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.DescribeRule')}")
    @Operation(operationId = "DescribeRule")
    HttpResponse<RuleDto> describeRule(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        return ok(RuleDto.of(rules.describe(body.string("EventBusName"), body.string("Name")), true));
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.ListRules')}")
    @Operation(operationId = "ListRules")
    HttpResponse<ListRulesResponse> listRules(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        Page<EventRule> page = rules.list(
                body.string("EventBusName"),
                body.string("NamePrefix"),
                body.string("NextToken"),
                integer(body.node("Limit")));
        return ok(new ListRulesResponse(
                page.items().stream().map(rule -> RuleDto.of(rule, false)).toList(), page.nextToken()));
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.DeleteRule')}")
    @Operation(operationId = "DeleteRule")
    HttpResponse<?> deleteRule(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        body.bool("Force"); // no rule is managed by a service here: read only to check its type
        rules.delete(body.string("EventBusName"), body.string("Name"));
        return ok(EMPTY);
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.EnableRule')}")
    @Operation(operationId = "EnableRule")
    HttpResponse<?> enableRule(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        rules.setEnabled(body.string("EventBusName"), body.string("Name"), true);
        return ok(EMPTY);
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.DisableRule')}")
    @Operation(operationId = "DisableRule")
    HttpResponse<?> disableRule(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        rules.setEnabled(body.string("EventBusName"), body.string("Name"), false);
        return ok(EMPTY);
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.PutTargets')}")
    @Operation(operationId = "PutTargets")
    HttpResponse<?> putTargets(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        rules.refuseTargets(body.string("EventBusName"), body.string("Rule"));
        return ok(EMPTY); // not reached: refuseTargets always throws
    }

    private static <T> HttpResponse<T> ok(T body) {
        return HttpResponse.ok(body).contentType(AwsErrors.AWS_JSON);
    }

    /** EventBridge's TagList, {@code [{"Key":…,"Value":…}]}. */
    private static Map<String, String> tagList(JsonNode tags) {
        if (tags.isMissingNode() || tags.isNull()) {
            return Map.of();
        }
        if (!tags.isArray()) {
            throw ApiException.badRequest("Tags must be a list of {\"Key\", \"Value\"} objects.");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (JsonNode tag : tags) {
            if (!tag.path("Key").isTextual() || !tag.path("Value").isTextual()) {
                throw ApiException.badRequest("Each tag must be an object with a string Key and a string Value.");
            }
            result.put(tag.get("Key").asText(), tag.get("Value").asText());
        }
        return result;
    }

    private static @Nullable Integer integer(JsonNode limit) {
        if (limit.isMissingNode() || limit.isNull()) {
            return null;
        }
        if (!limit.isIntegralNumber() || !limit.canConvertToInt()) {
            throw ApiException.badRequest("Limit must be an integer, not %s.", limit);
        }
        return limit.intValue();
    }
}
