package dev.bindery.registry.ingest;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One event as a door received it, translated from the door's wire format and not yet checked: what
 * PutEvents, CloudEvents and NDJSON (and any later door) hand to {@link IngestionService}. A member
 * the door did not receive is {@code null}; {@link EntryRules}, the same for every door, decides what
 * is missing, too long or out of range.
 *
 * @param source       the event's source
 * @param detailType   the event's detail-type
 * @param detail       the detail's JSON text as sent (the rules require one JSON object)
 * @param time         the event's time as sent, {@code null} for the time of ingestion
 * @param eventBusName the bus's name or ARN, {@code null} for the default bus
 * @param resources    the ARNs the event names
 * @param detailReading who reads the detail in full: the rules, unless the door already did or only the fold does
 */
public record IncomingEvent(
        @Nullable String source,
        @Nullable String detailType,
        @Nullable String detail,
        @Nullable EventTime time,
        @Nullable String eventBusName,
        List<String> resources,
        DetailReading detailReading) {

    /** Who reads an event's detail in full, so that it is read once. */
    public enum DetailReading {
        /** The rules check it: one JSON object, no repeated key, no escape of an unpaired surrogate. */
        RULES,
        /**
         * The door already read it from UTF-8 bytes as one JSON object with no repeated key and no escape of a
         * surrogate ({@link EnvelopeReader} does, in the one pass that finds the envelope's members).
         */
        DOOR,
        /**
         * Only the engine's fold reads it, which refuses what the rules would (the doors' quick way,
         * {@link TopLevelScan}). Whoever hands such an event on checks the detail where no fold reads it, and
         * names a refusal as the rules would ({@link IngestionService}, the Kafka tap).
         */
        FOLD
    }

    public IncomingEvent {
        resources = List.copyOf(resources);
    }

    /** An event whose detail the rules check. */
    public IncomingEvent(
            @Nullable String source,
            @Nullable String detailType,
            @Nullable String detail,
            @Nullable EventTime time,
            @Nullable String eventBusName,
            List<String> resources) {
        this(source, detailType, detail, time, eventBusName, resources, DetailReading.RULES);
    }
}
