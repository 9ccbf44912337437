package dev.bindery.registry.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import dev.bindery.registry.ingest.CloudEvents;
import dev.bindery.registry.ingest.IngestionService;
import dev.bindery.registry.ingest.Received;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PutCloudEvents, a Bindery extension: the CloudEvents HTTP binding in structured mode
 * ({@code application/cloudevents+json}), batched mode ({@code application/cloudevents-batch+json})
 * and binary mode ({@code ce-*} headers). Answers in PutEvents' shape: an event id or an error per
 * event, the good events of a batch kept.
 */
@Controller("/v1/cloudevents")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
class CloudEventsController {

    private static final String STRUCTURED = "application/cloudevents+json";
    private static final String BATCH = "application/cloudevents-batch+json";
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final IngestionService ingestion;
    private final IngestLimits limits;

    CloudEventsController(IngestionService ingestion, IngestLimits limits) {
        this.ingestion = ingestion;
        this.limits = limits;
    }

    @Post
    @Operation(operationId = "PutCloudEvents")
    HttpResponse<AwsJsonController.PutEventsResponse> put(
            HttpRequest<?> request, @Body @Nullable BodyBytes sent, @QueryValue @Nullable String eventBusName) {
        byte[] body = sent == null ? null : sent.bytes();
        long notUtf8At = body == null ? -1 : Utf8.firstInvalid(body);
        if (notUtf8At >= 0) {
            throw ApiException.badRequest("The CloudEvents body is not valid UTF-8 at byte %d.", notUtf8At);
        }
        byte[] bytes = body == null ? new byte[0] : body;
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        List<Received> received = new ArrayList<>();
        try {
            if (type.startsWith(BATCH)) {
                List<int[]> elements = CloudEvents.batchElements(bytes).orElse(List.of());
                if (elements.isEmpty() || elements.size() > limits.maxEntries()) {
                    throw ApiException.badRequest(
                            "A CloudEvents batch must be a JSON array of 1 to %d events.", limits.maxEntries());
                }
                for (int[] element : elements) {
                    received.add(CloudEvents.fromStructured(bytes, element[0], element[1], eventBusName));
                }
            } else if (type.startsWith(STRUCTURED)) {
                if (bytes.length == 0) {
                    bytes = EMPTY_OBJECT;
                }
                CloudEvents.checkJson(bytes);
                received.add(CloudEvents.fromStructured(bytes, 0, bytes.length, eventBusName));
            } else if (request.getHeaders().contains("ce-specversion")) {
                Map<String, String> headers = new HashMap<>();
                request.getHeaders()
                        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                received.add(CloudEvents.fromBinary(
                        headers,
                        contentType,
                        body == null ? null : new String(body, StandardCharsets.UTF_8),
                        eventBusName));
            } else {
                throw ApiException.badRequest(
                        "Not a CloudEvent: send %s, %s, or binary mode with ce-* headers.", STRUCTURED, BATCH);
            }
        } catch (JsonProcessingException e) {
            throw JsonProblems.notJson("The CloudEvents body", e);
        }
        return HttpResponse.ok(AwsJsonController.PutEventsResponse.of(ingestion.ingest(received)));
    }
}
