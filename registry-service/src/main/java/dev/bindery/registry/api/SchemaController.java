package dev.bindery.registry.api;

import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.SchemaQueries;
import dev.bindery.registry.catalog.SchemaService;
import io.micronaut.core.annotation.Nullable;
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

/**
 * CreateSchema, DescribeSchema, UpdateSchema, DeleteSchema, DeleteSchemaVersion, ListSchemas,
 * ListSchemaVersions, SearchSchemas and ExportSchema.
 */
@Controller("/v1/registries/name/{registryName}/schemas")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class SchemaController {

    private final SchemaService schemas;
    private final SchemaQueries reader;
    private final InputRules rules;
    private final WireShapes shapes;

    SchemaController(SchemaService schemas, SchemaQueries reader, InputRules rules, WireShapes shapes) {
        this.schemas = schemas;
        this.reader = reader;
        this.rules = rules;
        this.shapes = shapes;
    }

    @Get
    @Operation(operationId = "ListSchemas")
    Dtos.ListSchemasResponse list(
            String registryName,
            @QueryValue @Nullable Integer limit,
            @QueryValue @Nullable String nextToken,
            @QueryValue @Nullable String schemaNamePrefix) {
        return shapes.schemas(registryName, reader.list(registryName, schemaNamePrefix, limit, nextToken));
    }

    @Get("/search")
    @Operation(operationId = "SearchSchemas")
    Dtos.SearchSchemasResponse search(
            String registryName,
            @QueryValue @Nullable String keywords,
            @QueryValue @Nullable Integer limit,
            @QueryValue @Nullable String nextToken) {
        return shapes.search(registryName, reader.search(registryName, keywords, limit, nextToken));
    }

    @Get("/name/{schemaName}")
    @Operation(operationId = "DescribeSchema")
    Dtos.SchemaVersionResponse describe(
            String registryName, String schemaName, @QueryValue @Nullable String schemaVersion) {
        Long version = schemaVersion == null ? null : rules.version(schemaVersion);
        return shapes.described(reader.describe(registryName, schemaName, version));
    }

    @Post("/name/{schemaName}")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "CreateSchema")
    Dtos.SchemaVersionResponse create(
            String registryName,
            String schemaName,
            @RequestBody(content = @Content(schema = @Schema(implementation = Dtos.SchemaRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        return shapes.written(schemas.create(registryName, schemaName, input(body)));
    }

    @Put("/name/{schemaName}")
    @Operation(operationId = "UpdateSchema")
    Dtos.SchemaVersionResponse update(
            String registryName,
            String schemaName,
            @RequestBody(content = @Content(schema = @Schema(implementation = Dtos.SchemaRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        return shapes.written(schemas.update(registryName, schemaName, input(body)));
    }

    @Delete("/name/{schemaName}")
    @Operation(operationId = "DeleteSchema")
    HttpResponse<Void> delete(String registryName, String schemaName) {
        schemas.delete(registryName, schemaName);
        return HttpResponse.noContent();
    }

    @Delete("/name/{schemaName}/version/{schemaVersion}")
    @Operation(operationId = "DeleteSchemaVersion")
    HttpResponse<Void> deleteVersion(String registryName, String schemaName, String schemaVersion) {
        schemas.deleteVersion(registryName, schemaName, schemaVersion);
        return HttpResponse.noContent();
    }

    @Get("/name/{schemaName}/versions")
    @Operation(operationId = "ListSchemaVersions")
    Dtos.ListSchemaVersionsResponse versions(
            String registryName,
            String schemaName,
            @QueryValue @Nullable Integer limit,
            @QueryValue @Nullable String nextToken) {
        return shapes.versions(
                registryName, schemaName, reader.listVersions(registryName, schemaName, limit, nextToken));
    }

    @Get("/name/{schemaName}/export")
    @Operation(operationId = "ExportSchema")
    Dtos.ExportSchemaResponse export(
            String registryName,
            String schemaName,
            @QueryValue @Nullable String type,
            @QueryValue @Nullable String schemaVersion) {
        SchemaService.Exported exported = schemas.export(registryName, schemaName, schemaVersion, type);
        return new Dtos.ExportSchemaResponse(
                exported.content(),
                shapes.schemaArn(registryName, schemaName),
                schemaName,
                Long.toString(exported.source().version()),
                exported.format().wireName());
    }

    private static SchemaService.Input input(@Nullable BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return new SchemaService.Input(
                json.string("Content"),
                json.string("Type"),
                json.string("Description"),
                json.stringMap("tags"),
                json.string("ClientTokenId"));
    }
}
