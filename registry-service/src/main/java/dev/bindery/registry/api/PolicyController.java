package dev.bindery.registry.api;

import dev.bindery.registry.catalog.PolicyService;
import dev.bindery.registry.error.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/** PutResourcePolicy, GetResourcePolicy and DeleteResourcePolicy. */
@Controller("/v1/policy")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class PolicyController {

    private final PolicyService policies;

    PolicyController(PolicyService policies) {
        this.policies = policies;
    }

    @Get
    @Operation(operationId = "GetResourcePolicy")
    Dtos.PolicyResponse get(@QueryValue @Nullable String registryName) {
        return response(policies.get(registryName));
    }

    @Put
    @Operation(operationId = "PutResourcePolicy")
    Dtos.PolicyResponse put(
            @QueryValue @Nullable String registryName,
            @RequestBody(content = @Content(schema = @Schema(implementation = Dtos.PolicyRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        String policy = json.string("Policy");
        if (policy == null) {
            throw ApiException.badRequest("Policy is required.");
        }
        return response(policies.put(registryName, policy, json.string("RevisionId")));
    }

    @Delete
    @Operation(operationId = "DeleteResourcePolicy")
    HttpResponse<Void> delete(@QueryValue @Nullable String registryName) {
        policies.delete(registryName);
        return HttpResponse.noContent();
    }

    private static Dtos.PolicyResponse response(PolicyService.Policy policy) {
        return new Dtos.PolicyResponse(policy.policy(), policy.revisionId());
    }
}
