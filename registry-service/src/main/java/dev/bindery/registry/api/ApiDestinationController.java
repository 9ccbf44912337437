package dev.bindery.registry.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bindery.registry.config.DeliveryLimits;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.ErrorCode;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import dev.bindery.registry.ingest.ApiDestinationIngest;
import dev.bindery.registry.ingest.EntryResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;

/**
 * PutApiDestinationEvents, a Bindery extension: the target of an EventBridge API destination. The body
 * is one event envelope as the rule matched it, or a JSON array of envelopes; the bus is the
 * {@code eventBusName} query parameter ({@code default}). A single bad envelope is a 400; in an array,
 * each envelope fails alone (200 with per-entry errors). A retried envelope id is answered as before
 * and not counted again. At most {@code bindery.events.max-concurrent} requests are ingested at once;
 * one more is answered 429 with {@code Retry-After}, which API destinations retry (ADR 0020). A request
 * is admitted before its body is read, so one whose body is still arriving holds its place (ADR 0022).
 */
@Controller("/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
class ApiDestinationController {

    private static final String RETRY_AFTER = "Retry-After";

    private final ApiDestinationIngest ingest;
    private final int maxConcurrent;
    /** Permits of the requests being ingested. */
    private final Semaphore permits;

    ApiDestinationController(ApiDestinationIngest ingest, DeliveryLimits limits) {
        this.ingest = ingest;
        this.maxConcurrent = limits.maxConcurrent();
        this.permits = new Semaphore(maxConcurrent);
    }

    /** One envelope's result, in PutEvents' style. */
    record DeliveryEntry(
            @JsonProperty("Id") @Nullable String id,
            @JsonProperty("EventId") @Nullable String eventId,
            @JsonProperty("Duplicate") @Nullable Boolean duplicate,
            @JsonProperty("ErrorCode") @Nullable String errorCode,
            @JsonProperty("ErrorMessage") @Nullable String errorMessage) {}

    /** The answer: counts and one entry per envelope, in order. */
    record DeliveryResponse(
            @JsonProperty("AcceptedCount") int accepted,
            @JsonProperty("DuplicateCount") int duplicates,
            @JsonProperty("FailedCount") int failed,
            @JsonProperty("Entries") List<DeliveryEntry> entries) {

        static DeliveryResponse of(List<ApiDestinationIngest.Delivered> delivered) {
            List<DeliveryEntry> entries = delivered.stream()
                    .map(d -> new DeliveryEntry(
                            d.envelopeId(),
                            d.result().eventId(),
                            d.duplicate() ? Boolean.TRUE : null,
                            d.result().errorCode(),
                            d.result().errorMessage()))
                    .toList();
            int failed =
                    (int) delivered.stream().filter(d -> d.result().isFailure()).count();
            int duplicates = (int) delivered.stream()
                    .filter(ApiDestinationIngest.Delivered::duplicate)
                    .count();
            return new DeliveryResponse(delivered.size() - failed - duplicates, duplicates, failed, entries);
        }
    }

    @Post
    @Operation(operationId = "PutApiDestinationEvents")
    HttpResponse<?> put(HttpRequest<?> request, @QueryValue @Nullable String eventBusName) {
        // Admitted before the body is read: a delivery holds its permit while its body arrives, so slow
        // senders count against the limit too.
        if (!permits.tryAcquire()) {
            return AwsErrors.response(
                            ErrorCode.TooManyRequestsException,
                            "Too many event deliveries are in progress " + "(the limit is " + maxConcurrent
                                    + "); retry later.")
                    .header(RETRY_AFTER, "1");
        }
        ApiDestinationIngest.Outcome outcome;
        try {
            outcome = ingest.ingest(checked(buffered(request)), eventBusName == null ? "default" : eventBusName);
        } catch (JsonProcessingException e) {
            throw JsonProblems.notJson("The event envelope", e);
        } finally {
            permits.release();
        }
        if (outcome.busyWith() != null) {
            return AwsErrors.response(
                            ErrorCode.TooManyRequestsException,
                            "The event " + outcome.busyWith() + " is being delivered by another request; retry later.")
                    .header(RETRY_AFTER, "1");
        }
        if (!outcome.array() && outcome.entries().get(0).result().isFailure()) {
            EntryResult failure = outcome.entries().get(0).result();
            throw ApiException.badRequest("%s: %s", failure.errorCode(), failure.errorMessage());
        }
        return HttpResponse.ok(DeliveryResponse.of(outcome.entries()));
    }

    /**
     * The whole body, within the server's buffered-body limit (over it, the framework's refusal, as for
     * a bound body); waits while it arrives, as long as the body timeout allows.
     */
    private static byte[] buffered(HttpRequest<?> request) {
        try (CloseableAvailableByteBody body =
                ((ServerHttpRequest<?>) request).byteBody().buffer().get()) {
            return body.toByteArray();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new UncheckedIOException(new IOException("the request body could not be read", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the request body", e);
        }
    }

    private static byte[] checked(@Nullable byte[] body) {
        if (body == null || body.length == 0) {
            throw ApiException.badRequest("The request body is empty: send an event envelope or an array of them.");
        }
        long notUtf8At = Utf8.firstInvalid(body);
        if (notUtf8At >= 0) {
            throw ApiException.badRequest("The request body is not valid UTF-8 at byte %d.", notUtf8At);
        }
        return body;
    }
}
