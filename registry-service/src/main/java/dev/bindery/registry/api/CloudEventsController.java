package dev.bindery.registry.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.JsonProblems;
import dev.bindery.registry.error.Utf8;
import dev.bindery.registry.ingest.CloudEvents;
import dev.bindery.registry.ingest.EntryResult;
import dev.bindery.registry.ingest.PutEventsService;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
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

    private final CloudEvents cloudEvents;
    private final PutEventsService putEvents;
    private final IngestLimits limits;
    private final ObjectMapper mapper;

    CloudEventsController(CloudEvents cloudEvents, PutEventsService putEvents, IngestLimits limits, ObjectMapper mapper) {
        this.cloudEvents = cloudEvents;
        this.putEvents = putEvents;
        this.limits = limits;
        this.mapper = mapper;
    }

    @Post
    @Operation(operationId = "PutCloudEvents")
    HttpResponse<AwsJsonController.PutEventsResponse> put(HttpRequest<?> request, @Body @Nullable byte[] body,
                                                          @QueryValue @Nullable String eventBusName) {
        long notUtf8At = body == null ? -1 : Utf8.firstInvalid(body);
        if (notUtf8At >= 0) {
            throw ApiException.badRequest("The CloudEvents body is not valid UTF-8 at byte %d.", notUtf8At);
        }
        String bus = eventBusName == null ? "default" : eventBusName;
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        List<CloudEvents.Mapped> mapped = new ArrayList<>();
        if (type.startsWith(BATCH)) {
            JsonNode batch = parse(body);
            if (!batch.isArray() || batch.isEmpty() || batch.size() > limits.maxEntries()) {
                throw ApiException.badRequest("A CloudEvents batch must be a JSON array of 1 to %d events.", limits.maxEntries());
            }
            int i = 0;
            for (int[] element : elements(body)) {
                mapped.add(batch.get(i++).isObject() ? cloudEvents.fromStructured(body, element[0], element[1], bus)
                        : cloudEvents.fromStructured(batch.get(i - 1), bus));
            }
        } else if (type.startsWith(STRUCTURED)) {
            JsonNode event = parse(body);
            mapped.add(event.isObject() && body != null && body.length > 0
                    ? cloudEvents.fromStructured(body, 0, body.length, bus) : cloudEvents.fromStructured(event, bus));
        } else if (request.getHeaders().contains("ce-specversion")) {
            Map<String, String> headers = new HashMap<>();
            request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            mapped.add(cloudEvents.fromBinary(headers, contentType,
                    body == null ? null : new String(body, StandardCharsets.UTF_8), bus));
        } else {
            throw ApiException.badRequest("Not a CloudEvent: send %s, %s, or binary mode with ce-* headers.",
                    STRUCTURED, BATCH);
        }
        ArrayNode entries = mapper.createArrayNode();
        mapped.stream().filter(m -> m.entry() != null).forEach(m -> entries.add(m.entry()));
        Iterator<EntryResult> put = entries.isEmpty() ? Collections.emptyIterator() : putEvents.put(entries).iterator();
        List<EntryResult> results = mapped.stream().map(m -> m.entry() != null ? put.next() : m.failure()).toList();
        return HttpResponse.ok(AwsJsonController.PutEventsResponse.of(results));
    }

    /** The offset and length of each element of the JSON array {@code body} (already parsed, so well-formed). */
    private List<int[]> elements(byte[] body) {
        List<int[]> elements = new ArrayList<>();
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            parser.nextToken(); // [
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
                 token = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                elements.add(new int[] {start, (int) parser.currentLocation().getByteOffset() - start});
            }
        } catch (IOException e) { // parsed once already: cannot fail
            throw new UncheckedIOException(e);
        }
        return elements;
    }

    private JsonNode parse(@Nullable byte[] body) {
        try {
            return body == null || body.length == 0 ? mapper.createObjectNode()
                    : mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (JsonProcessingException e) {
            throw JsonProblems.notJson("The CloudEvents body", e);
        } catch (IOException e) { // bytes in memory: only parse errors
            throw new UncheckedIOException(e);
        }
    }
}
