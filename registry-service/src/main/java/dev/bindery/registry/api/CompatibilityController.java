package dev.bindery.registry.api;

import dev.bindery.registry.rules.CompatibilityRules;
import dev.bindery.registry.rules.CompatibilityService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/**
 * Bindery's compatibility operations, extending the Schemas API in its style: the rule of a registry
 * and of a schema (Get/Put, and Delete for a schema's override), CheckSchemaCompatibility of candidate
 * content, DiffSchemaVersions, and the GetVersionCompatibility recorded with each version.
 */
@Controller("/v1/registries/name/{registryName}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class CompatibilityController {

    private final CompatibilityRules rules;
    private final CompatibilityService compatibility;

    CompatibilityController(CompatibilityRules rules, CompatibilityService compatibility) {
        this.rules = rules;
        this.compatibility = compatibility;
    }

    @Get("/compatibility")
    @Operation(operationId = "GetRegistryCompatibility")
    CompatibilityDtos.RuleResponse registryRule(String registryName) {
        return CompatibilityDtos.RuleResponse.of(registryName, null, rules.ofRegistry(registryName));
    }

    @Put("/compatibility")
    @Operation(operationId = "PutRegistryCompatibility")
    CompatibilityDtos.RuleResponse putRegistryRule(
            String registryName,
            @RequestBody(content = @Content(schema = @Schema(implementation = CompatibilityDtos.RuleRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return CompatibilityDtos.RuleResponse.of(
                registryName, null, rules.setRegistry(registryName, json.string("Mode"), json.string("Policy")));
    }

    @Get("/schemas/name/{schemaName}/compatibility")
    @Operation(operationId = "GetSchemaCompatibility")
    CompatibilityDtos.RuleResponse schemaRule(String registryName, String schemaName) {
        return CompatibilityDtos.RuleResponse.of(registryName, schemaName, rules.ofSchema(registryName, schemaName));
    }

    @Put("/schemas/name/{schemaName}/compatibility")
    @Operation(operationId = "PutSchemaCompatibility")
    CompatibilityDtos.RuleResponse putSchemaRule(
            String registryName,
            String schemaName,
            @RequestBody(content = @Content(schema = @Schema(implementation = CompatibilityDtos.RuleRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return CompatibilityDtos.RuleResponse.of(
                registryName,
                schemaName,
                rules.setSchema(registryName, schemaName, json.string("Mode"), json.string("Policy")));
    }

    /** Removes the schema's override and answers the rule it follows now, its registry's. */
    @Delete("/schemas/name/{schemaName}/compatibility")
    @Operation(operationId = "DeleteSchemaCompatibility")
    CompatibilityDtos.RuleResponse deleteSchemaRule(String registryName, String schemaName) {
        return CompatibilityDtos.RuleResponse.of(registryName, schemaName, rules.clearSchema(registryName, schemaName));
    }

    @Post("/schemas/name/{schemaName}/compatibility/check")
    @Operation(operationId = "CheckSchemaCompatibility")
    CompatibilityDtos.CheckResponse check(
            String registryName,
            String schemaName,
            @RequestBody(content = @Content(schema = @Schema(implementation = CompatibilityDtos.CheckRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return CompatibilityDtos.CheckResponse.of(compatibility.check(
                registryName,
                schemaName,
                json.string("Content"),
                json.string("Type"),
                json.string("Mode"),
                json.string("Policy")));
    }

    @Get("/schemas/name/{schemaName}/diff")
    @Operation(operationId = "DiffSchemaVersions")
    CompatibilityDtos.DiffResponse diff(
            String registryName,
            String schemaName,
            @QueryValue @Nullable String fromVersion,
            @QueryValue @Nullable String toVersion) {
        return CompatibilityDtos.DiffResponse.of(
                schemaName, compatibility.diff(registryName, schemaName, fromVersion, toVersion));
    }

    @Get("/schemas/name/{schemaName}/version/{schemaVersion}/compatibility")
    @Operation(operationId = "GetVersionCompatibility")
    CompatibilityDtos.RecordedResponse recorded(String registryName, String schemaName, String schemaVersion) {
        return CompatibilityDtos.RecordedResponse.of(
                schemaName, compatibility.recorded(registryName, schemaName, schemaVersion));
    }
}
