package dev.bindery.registry.patterns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * TestEventPattern: whether an event matches a pattern, with EventBridge's semantics (event-ruler's). The pattern is
 * checked first; the event must be a JSON object carrying the envelope fields EventBridge requires of a test event.
 */
@Singleton
public final class PatternTester {

    /**
     * The fields EventBridge requires of a test event. Its API reference also lists {@code resources}, but the
     * service accepts an event without it (docs/adr/0018-event-patterns.md).
     */
    static final List<String> REQUIRED = List.of("id", "account", "source", "time", "region", "detail-type");

    private final ObjectMapper mapper;

    public PatternTester(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Whether {@code event} matches {@code pattern}.
     *
     * @throws InvalidPatternException if the pattern is not valid
     * @throws InvalidTestEventException   if the event is not JSON, not an object, or lacks a required field
     */
    public boolean test(String pattern, String event) {
        EventPattern compiled = EventPattern.compile(pattern);
        return compiled.matches(envelope(event));
    }

    /** The event, read and checked as EventBridge checks a test event. */
    JsonNode envelope(String event) {
        JsonNode root;
        try {
            root = mapper.readTree(event);
        } catch (JsonProcessingException e) {
            throw new InvalidTestEventException("Parameter Event is not valid. Reason: it is not JSON ("
                    + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ") + ").");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidTestEventException("Parameter Event is not valid. Reason: it must be a JSON object.");
        }
        List<String> missing =
                REQUIRED.stream().filter(field -> !root.has(field)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidTestEventException("Parameter Event is not valid. Reason: Provided event is missing "
                    + "required field(s) " + String.join(", ", missing) + ".");
        }
        return root;
    }
}
