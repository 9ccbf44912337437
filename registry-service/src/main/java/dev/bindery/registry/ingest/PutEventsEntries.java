package dev.bindery.registry.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PutEvents door: the entries of a PutEvents request (awsJson members {@code Source},
 * {@code DetailType}, {@code Detail}, {@code Time}, {@code EventBusName}, {@code Resources}) as
 * {@link IncomingEvent}s. An entry whose members are of the wrong JSON kind is refused here by name;
 * everything else is {@link EntryRules}' to decide.
 */
public final class PutEventsEntries {

    private PutEventsEntries() {}

    /** Each element of the {@code Entries} array as received. */
    public static List<Received> read(JsonNode entries) {
        List<Received> received = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            received.add(readOne(entry));
        }
        return received;
    }

    private static Received readOne(JsonNode entry) {
        if (!entry.isObject()) {
            return invalid("An entry must be a JSON object.");
        }
        for (String member : new String[] {"Source", "DetailType", "Detail", "EventBusName", "TraceHeader"}) {
            JsonNode value = entry.get(member);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return invalid("Parameter " + member + " is not valid. Reason: it must be a string, not a JSON "
                        + kind(value) + ".");
            }
        }
        List<String> resources = new ArrayList<>();
        String problem = resources(entry.path("Resources"), resources);
        if (problem != null) {
            return invalid(problem);
        }
        JsonNode time = entry.get("Time");
        EventTime eventTime = null;
        if (time != null && !time.isNull()) {
            if (time.isNumber() && (time.isDouble() || time.isFloat()) && !Double.isFinite(time.doubleValue())) {
                eventTime = new EventTime.NotFinite();
            } else if (time.isNumber()) {
                eventTime = new EventTime.EpochSeconds(time.decimalValue());
            } else if (time.isTextual()) {
                eventTime = new EventTime.Text(time.asText());
            } else {
                return invalid("Parameter Time is not valid. Reason: it must be epoch seconds or an RFC 3339 "
                        + "date-time, not a JSON " + kind(time) + "; " + EntryRules.RANGE);
            }
        }
        return Received.of(new IncomingEvent(
                text(entry, "Source"),
                text(entry, "DetailType"),
                text(entry, "Detail"),
                eventTime,
                text(entry, "EventBusName"),
                resources));
    }

    /**
     * Adds the strings of a {@code Resources} list (absent or null: none) to {@code into}; why it is not
     * a list of strings, or {@code null}. NDJSON's {@code resources} are read the same way.
     */
    static String resources(JsonNode listed, List<String> into) {
        if (listed.isMissingNode() || listed.isNull()) {
            return null;
        }
        if (!listed.isArray()) {
            return "Parameter Resources is not valid. Reason: it must be a list of strings.";
        }
        for (JsonNode resource : listed) {
            if (!resource.isTextual()) {
                return "Parameter Resources is not valid. Reason: it holds a " + kind(resource) + ", not a string.";
            }
            into.add(resource.asText());
        }
        return null;
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode entry, String member) {
        JsonNode value = entry.get(member);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static Received invalid(String message) {
        return Received.refused("InvalidArgument", message);
    }
}
