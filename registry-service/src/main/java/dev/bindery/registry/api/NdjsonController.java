package dev.bindery.registry.api;

import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.ingest.NdjsonIngest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;

/**
 * PutEventsNdjson, a Bindery extension for replaying archives and logs: a stream of EventBridge
 * envelopes, one per line, read in constant memory; per-line results are summarised.
 */
@Controller("/v1/events/ndjson")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
class NdjsonController {

    private final NdjsonIngest ingest;

    NdjsonController(NdjsonIngest ingest) {
        this.ingest = ingest;
    }

    @Post
    @Operation(operationId = "PutEventsNdjson")
    HttpResponse<NdjsonIngest.Summary> put(HttpRequest<?> request, @QueryValue @Nullable String eventBusName)
            throws IOException {
        NdjsonIngest.Summary summary;
        // The raw body, read as it arrives: a bound @Body would be buffered whole (max-request-buffer-size).
        try (InputStream body = ((ServerHttpRequest<?>) request).byteBody().move().toInputStream()) {
            summary = ingest.ingest(body, eventBusName == null ? "default" : eventBusName);
        }
        if (summary.stoppedEarly() == null) {
            return HttpResponse.ok(summary);
        }
        if (summary.stop() == NdjsonIngest.Stop.STORAGE_FAILED) {
            // What was stored is in the summary: a client resends only the lines not counted as accepted.
            return HttpResponse.<NdjsonIngest.Summary>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(AwsErrors.ERROR_TYPE_HEADER, ErrorCode.ServiceUnavailableException.name())
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(summary);
        }
        // Too large, or framing or encoding that cannot be read: the summary says which lines were stored
        // before reading stopped. 400, the modelled status of BadRequestException (no API models a 413).
        // The rest of the body is unread: close the connection rather than leave it mid-request.
        return HttpResponse.<NdjsonIngest.Summary>status(HttpStatus.BAD_REQUEST)
                .header(AwsErrors.ERROR_TYPE_HEADER, ErrorCode.BadRequestException.name())
                .header(HttpHeaders.CONNECTION, "close")
                .body(summary);
    }
}
