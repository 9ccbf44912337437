package dev.bindery.registry.ingest;

import dev.bindery.registry.config.AwsIdentity;
import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.discovery.BusEvent;
import dev.bindery.registry.discovery.EventBuses;
import dev.bindery.registry.error.Utf8;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The checks every door's events take, one per concept: Source and DetailType present and within their
 * limits, no unpaired surrogate, a bus name or ARN, the entry's size, a detail that is one JSON object
 * (any depth, no repeated key, no unpaired surrogate) and a time in range. A valid entry becomes a bus
 * event with a fresh id; an invalid one an error with EventBridge's code ({@code InvalidArgument},
 * {@code MalformedDetail}) and a message naming the problem.
 */
@Singleton
public final class EntryRules {

    /** An entry and what became of it: an event to ingest, or a failure. */
    public record Checked(BusEvent event, EntryResult failure) {}

    /** The range of times, in words for messages. */
    static final String RANGE = "times from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z "
            + "(epoch seconds 0 to 253402300799) are accepted.";

    private static final int TIME_SIZE = 14;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");
    private static final BigDecimal LATEST_SECONDS = BigDecimal.valueOf(LATEST.toEpochMilli(), 3);

    private final IngestLimits limits;
    private final AwsIdentity identity;

    public EntryRules(IngestLimits limits, AwsIdentity identity) {
        this.limits = limits;
        this.identity = identity;
    }

    /** Checks one entry; {@code now} is its time when it carries none. */
    public Checked check(IncomingEvent entry, Instant now) {
        String source = entry.source();
        String detailType = entry.detailType();
        String detail = entry.detail();
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
        List<String> resources = entry.resources();
        String unpaired = unpairedSurrogate("Source", source, "DetailType", detailType);
        for (int i = 0; unpaired == null && i < resources.size(); i++) {
            unpaired = unpairedSurrogate("Resources", resources.get(i));
        }
        if (unpaired != null) {
            return invalid(unpaired);
        }
        String bus = entry.eventBusName() == null ? "default" : entry.eventBusName();
        String busName = EventBuses.nameOf(bus).orElse(null);
        if (busName == null) {
            return invalid(
                    "Parameter EventBusName is not valid. Reason: '" + bus + "' is not an event bus name or ARN.");
        }
        if (mayExceedEntrySize(source, detailType, detail, resources)) {
            long size = entrySize(source, detailType, detail, resources);
            if (size > limits.maxEntrySize()) {
                return invalid("Entry is " + size + " bytes; the limit is " + limits.maxEntrySize() + " bytes.");
            }
        }
        // A detail read from valid UTF-8 without surrogate escapes holds no lone surrogate.
        EntryResult refusal = entry.detailReading() == IncomingEvent.DetailReading.RULES ? detailRefusal(detail) : null;
        if (refusal != null) {
            return new Checked(null, refusal);
        }
        Instant time;
        try {
            time = time(entry.time(), now);
        } catch (IllegalArgumentException e) {
            return invalid("Parameter Time is not valid. Reason: " + e.getMessage());
        }
        BusEvent event = new BusEvent(
                newEventId(),
                busName,
                source,
                detailType,
                identity.accountId(),
                time,
                identity.region(),
                resources,
                detail);
        return new Checked(event, null);
    }

    /**
     * The rules' refusal of a detail, or {@code null} when it is one JSON object with no repeated key and no
     * unpaired surrogate. For a detail left to the fold ({@link IncomingEvent.DetailReading#FOLD}) that no
     * fold read, or that the fold refused: this names the problem as the rules name it for every door.
     */
    public static @Nullable EntryResult detailRefusal(String detail) {
        String problem = unpairedSurrogate("Detail", detail);
        problem = problem != null ? problem : DetailCheck.problem(detail);
        return problem == null ? null : EntryResult.failed("MalformedDetail", problem);
    }

    /**
     * The entry's time: epoch seconds or an RFC 3339 date-time with any offset, in one range for both,
     * 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (epoch seconds 0 to 253402300799); {@code now} when
     * absent.
     *
     * @throws IllegalArgumentException why the value is not a time in range
     */
    private static Instant time(EventTime value, Instant now) {
        if (value == null) {
            return now;
        }
        if (value instanceof EventTime.NotFinite) {
            throw new IllegalArgumentException("it is beyond what a number of epoch seconds can hold; " + RANGE);
        }
        if (value instanceof EventTime.EpochSeconds seconds) {
            if (seconds.value().signum() < 0 || seconds.value().compareTo(LATEST_SECONDS) > 0) {
                throw new IllegalArgumentException("it is outside the range of times; " + RANGE);
            }
            return Instant.ofEpochMilli(seconds.value().movePointRight(3).longValue());
        }
        String text = ((EventTime.Text) value).value();
        Instant time;
        try {
            time = Rfc3339.parse(text); // any offset
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("it must be epoch seconds or an RFC 3339 date-time; " + RANGE);
        }
        if (time.isBefore(Instant.EPOCH) || time.isAfter(LATEST)) {
            throw new IllegalArgumentException("'" + text + "' is outside the range of times; " + RANGE);
        }
        return time;
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

    /**
     * Whether the entry may be over the size limit: a character is at most three bytes of UTF-8, so an
     * entry of few enough characters is within it without counting its bytes.
     */
    private boolean mayExceedEntrySize(String source, String detailType, String detail, List<String> resources) {
        long chars = (long) source.length() + detailType.length() + detail.length();
        for (String resource : resources) {
            chars += resource.length();
        }
        return TIME_SIZE + 3 * chars > limits.maxEntrySize();
    }

    /** The entry's size as EventBridge counts it: its strings' UTF-8 bytes and 14 for the time. */
    private static long entrySize(String source, String detailType, String detail, List<String> resources) {
        long size = TIME_SIZE + Utf8.length(source) + Utf8.length(detailType) + Utf8.length(detail);
        for (String resource : resources) {
            size += Utf8.length(resource);
        }
        return size;
    }

    /**
     * A fresh event id: a random (version 4) UUID. From {@link ThreadLocalRandom}, not {@code SecureRandom}:
     * an event id must be unique, not unguessable, and the secure generator was a twentieth of the Kafka
     * tap's time per record.
     */
    private static String newEventId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L; // version 4
        long low = random.nextLong() & ~(0xC0L << 56) | 0x80L << 56; // IETF variant
        return new UUID(high, low).toString();
    }

    private static Checked invalid(String message) {
        return new Checked(null, EntryResult.failed("InvalidArgument", message));
    }
}
