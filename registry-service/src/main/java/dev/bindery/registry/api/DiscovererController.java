package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.catalog.Arns;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.discovery.Discoverer;
import dev.bindery.registry.discovery.DiscovererService;
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
import java.util.List;
import java.util.Map;

/**
 * CreateDiscoverer, DescribeDiscoverer, UpdateDiscoverer, DeleteDiscoverer, ListDiscoverers,
 * StartDiscoverer and StopDiscoverer.
 */
@Controller("/v1/discoverers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class DiscovererController {

    private final DiscovererService discoverers;
    private final Arns arns;

    DiscovererController(DiscovererService discoverers, Arns arns) {
        this.discoverers = discoverers;
        this.arns = arns;
    }

    /** A discoverer on the wire; ListDiscoverers omits the description. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DiscovererResponse(
            @JsonProperty("Description") @Nullable String description,
            @JsonProperty("DiscovererArn") String discovererArn,
            @JsonProperty("DiscovererId") String discovererId,
            @JsonProperty("SourceArn") String sourceArn,
            @JsonProperty("State") String state,
            @JsonProperty("CrossAccount") boolean crossAccount,
            @JsonProperty("tags") Map<String, String> tags) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ListDiscoverersResponse(
            @JsonProperty("Discoverers") List<DiscovererResponse> discoverers,
            @JsonProperty("NextToken") @Nullable String nextToken) {}

    record StateResponse(
            @JsonProperty("DiscovererId") String discovererId,
            @JsonProperty("State") String state) {}

    /** The request body members of CreateDiscoverer and UpdateDiscoverer, for the API description. */
    record DiscovererRequest(
            @JsonProperty("SourceArn") @Nullable String sourceArn,
            @JsonProperty("Description") @Nullable String description,
            @JsonProperty("CrossAccount") @Nullable Boolean crossAccount,
            @JsonProperty("tags") @Nullable Map<String, String> tags) {}

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "CreateDiscoverer")
    DiscovererResponse create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = DiscovererRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return response(
                discoverers.create(
                        json.string("SourceArn"),
                        json.string("Description"),
                        json.bool("CrossAccount"),
                        json.stringMap("tags")),
                true);
    }

    @Get
    @Operation(operationId = "ListDiscoverers")
    ListDiscoverersResponse list(
            @QueryValue @Nullable String discovererIdPrefix,
            @QueryValue @Nullable String sourceArnPrefix,
            @QueryValue @Nullable Integer limit,
            @QueryValue @Nullable String nextToken) {
        Page<Discoverer> page = discoverers.list(discovererIdPrefix, sourceArnPrefix, limit, nextToken);
        return new ListDiscoverersResponse(
                page.items().stream().map(d -> response(d, false)).toList(), page.nextToken());
    }

    @Get("/id/{discovererId}")
    @Operation(operationId = "DescribeDiscoverer")
    DiscovererResponse describe(String discovererId) {
        return response(discoverers.describe(discovererId), true);
    }

    @Put("/id/{discovererId}")
    @Operation(operationId = "UpdateDiscoverer")
    DiscovererResponse update(String discovererId, @Body @Nullable BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return response(discoverers.update(discovererId, json.string("Description"), json.bool("CrossAccount")), true);
    }

    @Delete("/id/{discovererId}")
    @Operation(operationId = "DeleteDiscoverer")
    HttpResponse<Void> delete(String discovererId) {
        discoverers.delete(discovererId);
        return HttpResponse.noContent();
    }

    @Post("/id/{discovererId}/start")
    @Operation(operationId = "StartDiscoverer")
    StateResponse start(String discovererId) {
        return state(discoverers.setState(discovererId, Discoverer.State.STARTED));
    }

    @Post("/id/{discovererId}/stop")
    @Operation(operationId = "StopDiscoverer")
    StateResponse stop(String discovererId) {
        return state(discoverers.setState(discovererId, Discoverer.State.STOPPED));
    }

    private DiscovererResponse response(Discoverer d, boolean withDescription) {
        return new DiscovererResponse(
                withDescription ? d.description() : null,
                arns.discoverer(d.discovererId()),
                d.discovererId(),
                d.sourceArn(),
                d.state().name(),
                d.crossAccount(),
                d.tags());
    }

    private static StateResponse state(Discoverer d) {
        return new StateResponse(d.discovererId(), d.state().name());
    }
}
