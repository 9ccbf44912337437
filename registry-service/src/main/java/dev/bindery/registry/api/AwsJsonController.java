package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import dev.bindery.registry.ingest.EntryResult;
import dev.bindery.registry.ingest.IngestionService;
import dev.bindery.registry.ingest.PutEventsEntries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RouteCondition;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;

/**
 * The EventBridge events API's awsJson 1.1 endpoint ({@code POST /}, operation named by
 * {@code X-Amz-Target}), on the same port as the Schemas API, so {@code aws events put-events} and
 * the SDK's EventBridgeClient publish to Bindery. PutEvents is the operation served.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({"application/x-amz-json-1.1", MediaType.APPLICATION_JSON, MediaType.ALL})
class AwsJsonController {

    private final IngestionService ingestion;
    private final IngestLimits limits;
    private final ObjectMapper mapper;

    AwsJsonController(IngestionService ingestion, IngestLimits limits, ObjectMapper mapper) {
        this.ingestion = ingestion;
        this.limits = limits;
        this.mapper = mapper;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultEntry(
            @JsonProperty("EventId") @Nullable String eventId,
            @JsonProperty("ErrorCode") @Nullable String errorCode,
            @JsonProperty("ErrorMessage") @Nullable String errorMessage) {}

    record PutEventsResponse(
            @JsonProperty("FailedEntryCount") int failedEntryCount,
            @JsonProperty("Entries") List<ResultEntry> entries) {

        static PutEventsResponse of(List<EntryResult> results) {
            int failed = (int) results.stream().filter(EntryResult::isFailure).count();
            return new PutEventsResponse(
                    failed,
                    results.stream()
                            .map(r -> new ResultEntry(r.eventId(), r.errorCode(), r.errorMessage()))
                            .toList());
        }
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).named(request, 'AWSEvents.PutEvents')}")
    @Operation(operationId = "PutEvents")
    HttpResponse<?> invoke(@Body @Nullable BodyBytes body) {
        byte[] bytes = body == null ? null : body.bytes();
        long notUtf8At = bytes == null ? -1 : Utf8.firstInvalid(bytes);
        if (notUtf8At >= 0) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "SerializationException",
                    "The request body is not valid UTF-8 at byte " + notUtf8At + ".");
        }
        JsonNode request;
        try {
            // parsed from the bytes: the UTF-8 parser, no decoded copy of the body
            request = isBlank(bytes)
                    ? mapper.createObjectNode()
                    : mapper.reader()
                            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .readTree(bytes);
        } catch (IOException e) { // from bytes in memory, always a JsonProcessingException
            return error(
                    HttpStatus.BAD_REQUEST,
                    "SerializationException",
                    "The request body is not valid JSON: "
                            + (e instanceof JsonProcessingException json ? JsonProblems.reason(json) : e.getMessage()));
        }
        JsonNode entries = request.path("Entries");
        if (!entries.isArray() || entries.isEmpty() || entries.size() > limits.maxEntries()) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    "ValidationException",
                    "Entries must be a list of 1 to " + limits.maxEntries() + " entries.");
        }
        return HttpResponse.ok(PutEventsResponse.of(ingestion.ingest(PutEventsEntries.read(entries))))
                .contentType(AwsErrors.AWS_JSON);
    }

    @Post
    @RouteCondition("#{T(dev.bindery.registry.api.EventsTargets).unknown(request)}")
    HttpResponse<?> unknown(@Header("X-Amz-Target") @Nullable String target) {
        return error(
                HttpStatus.BAD_REQUEST,
                "UnknownOperationException",
                "Operation " + target + " is not supported; this endpoint serves " + EventsTargets.served() + ".");
    }

    private static boolean isBlank(byte[] bytes) {
        if (bytes != null) {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                    return false;
                }
            }
        }
        return true;
    }

    private static HttpResponse<AwsErrors.AwsJsonError> error(HttpStatus status, String code, String message) {
        return AwsErrors.awsJson(status.getCode(), code, message);
    }
}
