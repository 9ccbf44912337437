package dev.bindery.registry.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.discovery.BusEvent;
import dev.bindery.registry.discovery.EventBuses;
import dev.bindery.registry.error.Utf8;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns the entries of a PutEvents request into bus events, entry by entry: a valid entry becomes
 * an event with a fresh id, an invalid one an error with EventBridge's code ({@code InvalidArgument},
 * {@code MalformedDetail}) and a message naming the problem.
 */
@Singleton
public final class PutEventsEntries {

    /** An entry and what became of it: an event to ingest, or a failure. */
    public record Checked(BusEvent event, EntryResult failure) {
    }

    private static final int TIME_SIZE = 14;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");
    private static final BigDecimal LATEST_SECONDS = BigDecimal.valueOf(LATEST.toEpochMilli(), 3);
    private static final String RANGE = "times from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z "
            + "(epoch seconds 0 to 253402300799) are accepted.";

    private final IngestLimits limits;
    private final AwsIdentity identity;

    public PutEventsEntries(IngestLimits limits, AwsIdentity identity) {
        this.limits = limits;
        this.identity = identity;
    }

    public List<Checked> check(JsonNode entries, Instant now) {
        List<Checked> checked = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            checked.add(checkOne(entry, now));
        }
        return checked;
    }

    private Checked checkOne(JsonNode entry, Instant now) {
        if (!entry.isObject()) {
            return invalid("An entry must be a JSON object.");
        }
        for (String member : new String[] {"Source", "DetailType", "Detail", "EventBusName", "TraceHeader"}) {
            JsonNode value = entry.get(member);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return invalid("Parameter " + member + " is not valid. Reason: it must be a string, not a JSON "
                        + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
            }
        }
        String source = text(entry, "Source");
        String detailType = text(entry, "DetailType");
        String detail = text(entry, "Detail");
        if (source == null || source.isEmpty()) {
            return invalid("Parameter Source is not valid. Reason: Source is a required argument.");
        }
        if (detailType == null || detailType.isEmpty()) {
            return invalid("Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        }
        if (source.length() > limits.maxSourceLength()) {
            return invalid("Parameter Source is not valid. Reason: it is " + source.length()
                    + " characters long; the limit is " + limits.maxSourceLength() + ".");
        }
        if (detailType.length() > limits.maxDetailTypeLength()) {
            return invalid("Parameter DetailType is not valid. Reason: it is " + detailType.length()
                    + " characters long; the limit is " + limits.maxDetailTypeLength() + ".");
        }
        if (detail == null) {
            return invalid("Parameter Detail is not valid. Reason: Detail is a required argument.");
        }
        List<String> resources = new ArrayList<>();
        JsonNode listed = entry.path("Resources");
        if (!listed.isMissingNode() && !listed.isNull()) {
            if (!listed.isArray()) {
                return invalid("Parameter Resources is not valid. Reason: it must be a list of strings.");
            }
            for (JsonNode resource : listed) {
                if (!resource.isTextual()) {
                    return invalid("Parameter Resources is not valid. Reason: it holds a " + resource.getNodeType()
                            .name().toLowerCase(java.util.Locale.ROOT) + ", not a string.");
                }
                resources.add(resource.asText());
            }
        }
        String unpaired = unpairedSurrogate("Source", source, "DetailType", detailType);
        for (int i = 0; unpaired == null && i < resources.size(); i++) {
            unpaired = unpairedSurrogate("Resources", resources.get(i));
        }
        if (unpaired != null) {
            return invalid(unpaired);
        }
        String bus = text(entry, "EventBusName");
        String busName = EventBuses.nameOf(bus == null ? "default" : bus).orElse(null);
        if (busName == null) {
            return invalid("Parameter EventBusName is not valid. Reason: '" + bus + "' is not an event bus name or ARN.");
        }
        long size = TIME_SIZE + utf8(source) + utf8(detailType) + utf8(detail)
                + resources.stream().mapToLong(PutEventsEntries::utf8).sum();
        if (size > limits.maxEntrySize()) {
            return invalid("Entry is " + size + " bytes; the limit is " + limits.maxEntrySize() + " bytes.");
        }
        String problem = unpairedSurrogate("Detail", detail);
        problem = problem != null ? problem : DetailCheck.problem(detail);
        if (problem != null) {
            return new Checked(null, EntryResult.failed("MalformedDetail", problem));
        }
        Instant time;
        try {
            time = time(entry.get("Time"), now);
        } catch (IllegalArgumentException e) {
            return invalid("Parameter Time is not valid. Reason: " + e.getMessage());
        }
        BusEvent event = new BusEvent(UUID.randomUUID().toString(), busName, source, detailType,
                identity.accountId(), time, identity.region(), resources, detail);
        return new Checked(event, null);
    }

    /**
     * The entry's time: epoch seconds (a JSON number) or an RFC 3339 date-time with any offset, in one
     * range for both, 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (epoch seconds 0 to 253402300799);
     * {@code now} when absent.
     *
     * @throws IllegalArgumentException why the value is not a time in range
     */
    private static Instant time(JsonNode value, Instant now) {
        if (value == null || value.isNull()) {
            return now;
        }
        Instant time;
        if (value.isNumber()) {
            if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
                throw new IllegalArgumentException("it is beyond what a number of epoch seconds can hold; " + RANGE);
            }
            BigDecimal seconds = value.decimalValue();
            if (seconds.compareTo(BigDecimal.ZERO) < 0 || seconds.compareTo(LATEST_SECONDS) > 0) {
                throw new IllegalArgumentException("it is outside the range of times; " + RANGE);
            }
            time = Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        } else if (value.isTextual()) {
            try {
                time = java.time.OffsetDateTime.parse(value.asText()).toInstant(); // RFC 3339, any offset
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("it must be epoch seconds or an RFC 3339 date-time; " + RANGE);
            }
        } else {
            throw new IllegalArgumentException("it must be epoch seconds or an RFC 3339 date-time, not a JSON "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + "; " + RANGE);
        }
        if (time.isBefore(Instant.EPOCH) || time.isAfter(LATEST)) {
            throw new IllegalArgumentException("'" + value.asText() + "' is outside the range of times; " + RANGE);
        }
        return time;
    }

    private static String text(JsonNode entry, String member) {
        JsonNode value = entry.get(member);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    /** Why the first of the named values holding a lone surrogate is not valid, or {@code null}. */
    private static String unpairedSurrogate(String... namesAndValues) {
        for (int n = 0; n < namesAndValues.length; n += 2) {
            String problem = Utf8.loneSurrogateProblem(namesAndValues[n], namesAndValues[n + 1]);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Checked invalid(String message) {
        return new Checked(null, EntryResult.failed("InvalidArgument", message));
    }
}
