package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.bindings.CodeBinding;
import dev.bindery.registry.bindings.CodeBindingService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;

/** PutCodeBinding, DescribeCodeBinding and GetCodeBindingSource. */
@Controller("/v1/registries/name/{registryName}/schemas/name/{schemaName}/language/{language}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class CodeBindingController {

    private final CodeBindingService bindings;

    CodeBindingController(CodeBindingService bindings) {
        this.bindings = bindings;
    }

    /**
     * The API's shape of a code binding's state. {@code FailureReason} is a Bindery extension (the AWS model has no
     * member for it), present only when the status is {@code CREATE_FAILED}: it says why, e.g. a {@code $ref} cycle.
     */
    record CodeBindingResponse(
            @JsonProperty("CreationDate") Instant creationDate,
            @JsonProperty("LastModified") Instant lastModified,
            @JsonProperty("SchemaVersion") String schemaVersion,
            @JsonProperty("Status") String status,

            @JsonProperty("FailureReason") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String failureReason) {

        static CodeBindingResponse of(CodeBinding binding) {
            return new CodeBindingResponse(
                    binding.creationDate(),
                    binding.lastModified(),
                    Long.toString(binding.version()),
                    binding.status().name(),
                    binding.failureReason());
        }
    }

    @Post
    @Status(HttpStatus.ACCEPTED)
    @Operation(operationId = "PutCodeBinding")
    CodeBindingResponse put(
            String registryName, String schemaName, String language, @QueryValue @Nullable String schemaVersion) {
        return CodeBindingResponse.of(bindings.put(registryName, schemaName, schemaVersion, language));
    }

    @Get
    @Operation(operationId = "DescribeCodeBinding")
    CodeBindingResponse describe(
            String registryName, String schemaName, String language, @QueryValue @Nullable String schemaVersion) {
        return CodeBindingResponse.of(bindings.describe(registryName, schemaName, schemaVersion, language));
    }

    @Get("/source")
    @Produces("application/zip")
    @Operation(operationId = "GetCodeBindingSource")
    HttpResponse<byte[]> source(
            String registryName, String schemaName, String language, @QueryValue @Nullable String schemaVersion) {
        return HttpResponse.ok(bindings.source(registryName, schemaName, schemaVersion, language));
    }
}
