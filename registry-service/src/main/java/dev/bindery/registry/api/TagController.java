package dev.bindery.registry.api;

import dev.bindery.registry.catalog.TagService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.util.List;

/** TagResource, UntagResource and ListTagsForResource; as in the AWS model, without the /v1 prefix. */
@Controller("/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class TagController {

    private final TagService tags;

    TagController(TagService tags) {
        this.tags = tags;
    }

    @Get("/{resourceArn}")
    @Operation(operationId = "ListTagsForResource")
    Dtos.TagsResponse list(@PathVariable String resourceArn) {
        return new Dtos.TagsResponse(tags.list(resourceArn));
    }

    @Post("/{resourceArn}")
    @Operation(operationId = "TagResource")
    HttpResponse<Void> tag(
            @PathVariable String resourceArn,
            @RequestBody(content = @Content(schema = @Schema(implementation = Dtos.TagsRequest.class))) @Body @Nullable
                    BodyBytes body) {
        tags.tag(resourceArn, JsonBody.parse(body).stringMap("tags"));
        return HttpResponse.noContent();
    }

    @Delete("/{resourceArn}")
    @Operation(operationId = "UntagResource")
    HttpResponse<Void> untag(@PathVariable String resourceArn, @QueryValue @Nullable List<String> tagKeys) {
        tags.untag(resourceArn, tagKeys == null ? List.of() : tagKeys);
        return HttpResponse.noContent();
    }
}
