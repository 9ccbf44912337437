package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.patterns.PatternTester;
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

/** TestEventPattern on the events API's endpoint ({@code POST /}, awsJson 1.1): does an event match a pattern. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({"application/x-amz-json-1.1", MediaType.APPLICATION_JSON, MediaType.ALL})
class EventPatternController {

    private final PatternTester tester;

    EventPatternController(PatternTester tester) {
        this.tester = tester;
    }

    record TestEventPatternResponse(@JsonProperty("Result") boolean result) {}

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.TestEventPattern')}")
    @Operation(operationId = "TestEventPattern")
    HttpResponse<TestEventPatternResponse> testEventPattern(@Body @Nullable BodyBytes bytes) {
        JsonBody body = JsonBody.parse(bytes);
        String pattern = required(body, "EventPattern");
        String event = required(body, "Event");
        return HttpResponse.ok(new TestEventPatternResponse(tester.test(pattern, event)))
                .contentType(AwsErrors.AWS_JSON);
    }

    static String required(JsonBody body, String member) {
        String value = body.string(member);
        if (value == null) {
            throw ApiException.badRequest("%s is required.", member);
        }
        return value;
    }
}
