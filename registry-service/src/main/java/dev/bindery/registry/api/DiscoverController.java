package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.discovery.SampleDiscovery;
import dev.bindery.registry.error.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;

/** GetDiscoveredSchema: a schema inferred from the events in the request, nothing stored. */
@Controller("/v1/discover")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class DiscoverController {

    private final SampleDiscovery discovery;

    DiscoverController(SampleDiscovery discovery) {
        this.discovery = discovery;
    }

    record DiscoveredSchemaResponse(@JsonProperty("Content") String content) {}

    @Post
    @Operation(operationId = "GetDiscoveredSchema")
    DiscoveredSchemaResponse discover(@Body @Nullable BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        String type = json.string("Type");
        if (type == null) {
            throw ApiException.badRequest("Type is required: OpenApi3 or JSONSchemaDraft4.");
        }
        JsonNode listed = json.node("Events");
        if (!listed.isArray()) {
            throw ApiException.badRequest("Events is required: a list of JSON events, each as a string.");
        }
        List<String> events = new ArrayList<>();
        for (JsonNode event : listed) {
            if (!event.isTextual()) {
                throw ApiException.badRequest("Events must hold strings, each one JSON event.");
            }
            events.add(event.asText());
        }
        return new DiscoveredSchemaResponse(discovery.discover(events, SchemaType.parse("Type", type)));
    }
}
