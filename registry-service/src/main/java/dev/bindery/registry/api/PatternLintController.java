package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.patterns.EventRule;
import dev.bindery.registry.patterns.EventShape;
import dev.bindery.registry.patterns.LintFinding;
import dev.bindery.registry.patterns.LintReport;
import dev.bindery.registry.patterns.PatternLinter;
import dev.bindery.registry.patterns.RuleService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

/**
 * The pattern lint (Bindery extension, in the Schemas API's style): a pattern, or a stored rule's, read against the
 * schemas of the events it could match. A caller limited to some registries lints against those only:
 * discovered-schemas when it may read it, and the named registry only when it may read that.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class PatternLintController {

    private static final String DISCOVERED = "discovered-schemas";

    private final PatternLinter linter;
    private final RuleService rules;

    PatternLintController(PatternLinter linter, RuleService rules) {
        this.linter = linter;
        this.rules = rules;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FindingDto(
            @JsonProperty("Path") String path,
            @JsonProperty("Kind") String kind,
            @JsonProperty("Severity") String severity,
            @JsonProperty("Message") String message,
            @JsonProperty("Suggestion") @Nullable String suggestion) {}

    /** A schema the pattern can match; for a discovered one with sampled events, how many of them it matches. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SchemaRefDto(
            @JsonProperty("RegistryName") String registryName,
            @JsonProperty("SchemaName") String schemaName,
            @JsonProperty("SchemaVersion") String schemaVersion,
            @JsonProperty("SampledEvents") @Nullable Integer sampledEvents,
            @JsonProperty("MatchedEvents") @Nullable Integer matchedEvents) {}

    record LintResponse(
            @JsonProperty("Findings") List<FindingDto> findings,
            @JsonProperty("MatchingSchemas") List<SchemaRefDto> matchingSchemas) {

        static LintResponse of(LintReport report) {
            return new LintResponse(
                    report.findings().stream().map(LintResponse::finding).toList(),
                    report.matchingSchemas().stream()
                            .map(s ->
                                    schema(s, s.discovered() ? report.sampled().get(s.schemaName()) : null))
                            .toList());
        }

        private static FindingDto finding(LintFinding f) {
            return new FindingDto(f.path(), f.kind(), f.severity().name(), f.message(), f.suggestion());
        }

        private static SchemaRefDto schema(EventShape s, @Nullable LintReport.Sampled sampled) {
            return new SchemaRefDto(
                    s.registryName(),
                    s.schemaName(),
                    Long.toString(s.version()),
                    sampled == null ? null : sampled.events(),
                    sampled == null ? null : sampled.matched());
        }
    }

    @Post("/v1/patterns/lint")
    @Operation(operationId = "LintEventPattern")
    LintResponse lint(HttpRequest<?> request, @Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        String pattern = body.string("EventPattern");
        if (pattern == null) {
            throw ApiException.badRequest("EventPattern is required.");
        }
        String registryName = readable(request, body.string("RegistryName"));
        return LintResponse.of(linter.lint(
                pattern,
                body.string("EventBusName"),
                registryName,
                Callers.visibleRegistries(request).test(DISCOVERED)));
    }

    @Get("/v1/rules/name/{ruleName}/lint{?eventBusName,registryName}")
    @Operation(operationId = "LintRule")
    LintResponse lintRule(
            HttpRequest<?> request,
            @PathVariable String ruleName,
            @QueryValue @Nullable String eventBusName,
            @QueryValue @Nullable String registryName) {
        readable(request, registryName);
        EventRule rule = rules.describe(eventBusName, ruleName);
        if (rule.eventPattern() == null) {
            throw ApiException.badRequest("Rule %s runs on a schedule and has no event pattern to lint.", ruleName);
        }
        return LintResponse.of(linter.lint(
                rule.eventPattern(),
                rule.busName(),
                registryName,
                Callers.visibleRegistries(request).test(DISCOVERED)));
    }

    /** The named registry, which a caller limited to some registries must be allowed. */
    private static @Nullable String readable(HttpRequest<?> request, @Nullable String registryName) {
        if (registryName != null && !Callers.visibleRegistries(request).test(registryName)) {
            throw ApiException.forbidden(
                    "The caller may not read registry %s, so the lint cannot read its schemas.", registryName);
        }
        return registryName;
    }
}
