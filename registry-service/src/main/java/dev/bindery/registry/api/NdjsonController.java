package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bindery.registry.config.BodyLimits;
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
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * PutEventsNdjson, a Bindery extension for replaying archives and logs: a stream of EventBridge
 * envelopes, one per line, read in constant memory from the raw body (after the decoder's checks, so gzip,
 * the size limit and the body timeout apply; a SigV4 signature must use {@code UNSIGNED-PAYLOAD}); per-line
 * results are summarised. At most {@code bindery.requests.max-concurrent-streams} uploads are read at once
 * (each holds a thread while its body arrives, and a worker that journals and folds its batches, ADR 0022);
 * one more is refused with 429 at once.
 */
@Controller("/v1/events/ndjson")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
class NdjsonController {

    private final NdjsonIngest ingest;
    private final int maxStreams;
    /** Permits of the uploads being read. */
    private final Semaphore streams;

    NdjsonController(NdjsonIngest ingest, BodyLimits limits) {
        this.ingest = ingest;
        this.maxStreams = limits.maxConcurrentStreams();
        this.streams = new Semaphore(maxStreams);
    }

    /** Uploads that may start now; for tests. */
    int availablePermits() {
        return streams.availablePermits();
    }

    /** A failed line, as the summary lists it. */
    record LineFailure(
            @JsonProperty("Line") long line,
            @JsonProperty("ErrorCode") String errorCode,
            @JsonProperty("ErrorMessage") String errorMessage) {}

    /** PutEventsNdjson's answer: what became of the stream's lines. */
    record SummaryResponse(
            @JsonProperty("LineCount") long lineCount,
            @JsonProperty("AcceptedCount") long accepted,
            @JsonProperty("FailedCount") long failed,
            @JsonProperty("Failures") List<LineFailure> failures,
            @JsonProperty("FailuresTruncated") boolean failuresTruncated,
            @JsonProperty("StoppedEarly") @Nullable String stoppedEarly) {

        static SummaryResponse of(NdjsonIngest.Summary summary) {
            return new SummaryResponse(
                    summary.lineCount(),
                    summary.accepted(),
                    summary.failed(),
                    summary.failures().stream()
                            .map(f -> new LineFailure(f.line(), f.errorCode(), f.errorMessage()))
                            .toList(),
                    summary.failuresTruncated(),
                    summary.stoppedEarly());
        }
    }

    @Post
    @Operation(operationId = "PutEventsNdjson")
    HttpResponse<?> put(HttpRequest<?> request, @QueryValue @Nullable String eventBusName) throws IOException {
        if (!streams.tryAcquire()) {
            // The body is left unread: close the connection rather than leave it mid-request.
            return AwsErrors.response(
                            ErrorCode.TooManyRequestsException,
                            "Too many NDJSON uploads are in progress " + "(the limit is " + maxStreams
                                    + "); retry when one has finished.")
                    .header("Retry-After", "1")
                    .header(HttpHeaders.CONNECTION, "close");
        }
        NdjsonIngest.Summary summary;
        // The raw body, read as it arrives: a bound @Body would be buffered whole (max-request-buffer-size).
        try (InputStream body = new SizeLimitedBody(
                ((ServerHttpRequest<?>) request).byteBody().move().toInputStream())) {
            summary = ingest.ingest(body, eventBusName == null ? "default" : eventBusName);
        } finally {
            streams.release();
        }
        SummaryResponse answer = SummaryResponse.of(summary);
        if (summary.stoppedEarly() == null) {
            return HttpResponse.ok(answer);
        }
        if (summary.stop() == NdjsonIngest.Stop.STORAGE_FAILED) {
            // What was stored is in the summary: a client resends only the lines not counted as accepted.
            return HttpResponse.<SummaryResponse>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(AwsErrors.ERROR_TYPE_HEADER, ErrorCode.ServiceUnavailableException.name())
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(answer);
        }
        // Too large, or framing or encoding that cannot be read: the summary says which lines were stored
        // before reading stopped. 400, the modelled status of BadRequestException (no API models a 413).
        // The rest of the body is unread: close the connection rather than leave it mid-request.
        return HttpResponse.<SummaryResponse>status(HttpStatus.BAD_REQUEST)
                .header(AwsErrors.ERROR_TYPE_HEADER, ErrorCode.BadRequestException.name())
                .header(HttpHeaders.CONNECTION, "close")
                .body(answer);
    }
}
