package dev.bindery.registry.patterns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;
import software.amazon.event.ruler.Patterns;

/**
 * An event pattern compiled by event-ruler, the matcher EventBridge itself uses: its text, its branches (one per
 * {@code $or} alternative, each a map from dotted field path to the matchers on that field, for the lint) and a
 * machine that matches events. Immutable and safe to share between threads.
 */
public final class EventPattern {

    private static final String RULE = "pattern";

    private final String text;
    private final List<Map<String, List<Patterns>>> branches;
    private final Machine machine;

    private EventPattern(String text, List<Map<String, List<Patterns>>> branches, Machine machine) {
        this.text = text;
        this.branches = branches;
        this.machine = machine;
    }

    /**
     * Compiles {@code text}.
     *
     * @throws InvalidPatternException naming what is wrong and where, as EventBridge words it
     */
    public static EventPattern compile(String text) {
        List<Map<String, List<Patterns>>> branches;
        Machine machine = Machine.builder().build();
        try {
            branches = JsonRuleCompiler.compile(text);
            machine.addRule(RULE, text);
        } catch (JsonProcessingException e) {
            throw new InvalidPatternException("Event pattern is not valid. Reason: " + reason(e));
        } catch (IOException | RuntimeException e) { // event-ruler throws unchecked errors for some bad patterns
            throw new InvalidPatternException(
                    "Event pattern is not valid. Reason: " + oneLine(String.valueOf(e.getMessage())));
        }
        return new EventPattern(
                text, List.copyOf(branches.stream().map(Map::copyOf).toList()), machine);
    }

    /** The pattern as written. */
    public String text() {
        return text;
    }

    /** One map per {@code $or} alternative: dotted field path to the matchers on it. */
    public List<Map<String, List<Patterns>>> branches() {
        return branches;
    }

    /** Whether the event (a JSON object) matches, with arrays in the event matched as EventBridge does. */
    public boolean matches(JsonNode event) {
        return !machine.rulesForJSONEvent(event).isEmpty();
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (e.getLocation() != null) {
            message += " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
        }
        return oneLine(message);
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
