package dev.bindery.registry.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.content.ExportFormat;
import dev.bindery.registry.content.JsonSchemaExporter;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.discovery.inference.InvalidEventException;
import dev.bindery.registry.discovery.inference.ShapeAccumulator;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.JsonProblems;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * GetDiscoveredSchema: stateless inference from the events of one request, with the same engine
 * and the same output as discovery on a bus. Events in the EventBridge envelope must share their
 * source and detail type; bare JSON objects are inferred as they are.
 */
@Singleton
public class SampleDiscovery {

    private final IngestLimits limits;
    private final JsonSchemaExporter exporter;
    private final ObjectMapper mapper;

    public SampleDiscovery(IngestLimits limits, JsonSchemaExporter exporter, ObjectMapper mapper) {
        this.limits = limits;
        this.exporter = exporter;
        this.mapper = mapper;
    }

    public String discover(List<String> events, SchemaType type) {
        if (events.isEmpty() || events.size() > limits.maxSampleEvents()) {
            throw ApiException.badRequest(
                    "Events must hold 1 to %d events; %d were given.", limits.maxSampleEvents(), events.size());
        }
        ShapeAccumulator accumulator = accumulatorFor(events);
        Instant now = Instant.now();
        for (int i = 0; i < events.size(); i++) {
            try {
                accumulator.add(events.get(i), now);
            } catch (InvalidEventException e) {
                throw ApiException.badRequest("Events[%d]: %s", i, e.getMessage());
            }
        }
        String openApi = accumulator.snapshot().toOpenApi();
        return type == SchemaType.OpenApi3
                ? openApi
                : exporter.export(SchemaType.OpenApi3, openApi, ExportFormat.DRAFT4);
    }

    /** An envelope accumulator when the events are EventBridge events of one kind, else a samples one. */
    private ShapeAccumulator accumulatorFor(List<String> events) {
        String source = null;
        String detailType = null;
        int envelopes = 0;
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            if (event == null || event.isEmpty() || event.length() > limits.maxSampleLength()) {
                throw ApiException.badRequest(
                        "Events[%d] must be 1 to %d characters of JSON.", i, limits.maxSampleLength());
            }
            JsonNode parsed;
            try {
                parsed = mapper.readTree(event);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ApiException.badRequest("Events[%d] is not valid JSON: %s.", i, JsonProblems.reason(e));
            }
            if (parsed == null || !parsed.isObject()) {
                throw ApiException.badRequest("Events[%d] must be a JSON object.", i);
            }
            if (parsed.path("source").isTextual() && parsed.path("detail-type").isTextual()) {
                String s = parsed.get("source").asText();
                String d = parsed.get("detail-type").asText();
                if (source != null && (!source.equals(s) || !detailType.equals(d))) {
                    throw ApiException.badRequest(
                            "Events must be of a single type; Events[%d] is %s / %s, not %s / %s.",
                            i, s, d, source, detailType);
                }
                source = s;
                detailType = d;
                envelopes++;
            }
        }
        if (envelopes > 0 && envelopes < events.size()) {
            throw ApiException.badRequest(
                    "Events mixes EventBridge events (with source and detail-type) and other JSON.");
        }
        return envelopes > 0 ? ShapeAccumulator.forEnvelope(source, detailType) : ShapeAccumulator.forSamples();
    }
}
