package dev.bindery.registry.api;

import dev.bindery.registry.catalog.RegistryService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/** CreateRegistry, DescribeRegistry, UpdateRegistry, DeleteRegistry and ListRegistries. */
@Controller("/v1/registries")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class RegistryController {

    private final RegistryService registries;
    private final WireShapes shapes;

    RegistryController(RegistryService registries, WireShapes shapes) {
        this.registries = registries;
        this.shapes = shapes;
    }

    @Get
    @Operation(operationId = "ListRegistries")
    Dtos.ListRegistriesResponse list(
            HttpRequest<?> request,
            @QueryValue @Nullable Integer limit,
            @QueryValue @Nullable String nextToken,
            @QueryValue @Nullable String registryNamePrefix,
            @QueryValue @Nullable String scope) {
        return shapes.registries(
                registries.list(registryNamePrefix, scope, limit, nextToken, Callers.visibleRegistries(request)));
    }

    @Get("/name/{registryName}")
    @Operation(operationId = "DescribeRegistry")
    Dtos.RegistryResponse describe(String registryName) {
        return shapes.registry(registries.describe(registryName));
    }

    @Post("/name/{registryName}")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "CreateRegistry")
    Dtos.RegistryResponse create(
            String registryName,
            @RequestBody(content = @Content(schema = @Schema(implementation = Dtos.RegistryRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return shapes.registry(registries.create(registryName, json.string("Description"), json.stringMap("tags")));
    }

    @Put("/name/{registryName}")
    @Operation(operationId = "UpdateRegistry")
    Dtos.RegistryResponse update(
            String registryName,
            @RequestBody(content = @Content(schema = @Schema(implementation = Dtos.RegistryRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        return shapes.registry(
                registries.update(registryName, JsonBody.parse(body).string("Description")));
    }

    @Delete("/name/{registryName}")
    @Operation(operationId = "DeleteRegistry")
    HttpResponse<Void> delete(String registryName) {
        registries.delete(registryName);
        return HttpResponse.noContent();
    }
}
