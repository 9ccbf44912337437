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
 * @param detailChecked whether the rules need not read the detail: the door already read it from UTF-8 bytes
 *                      as one JSON object with no repeated key and no escape of a surrogate ({@link EnvelopeReader}
 *                      does, in the one pass that finds the envelope's members), or the event goes only to a fold
 *                      that reads it as strictly and hands a refusal back to the door's full reading
 *                      ({@link LogRecords#quick}, for the Kafka tap)
 */
public record IncomingEvent(
        @Nullable String source,
        @Nullable String detailType,
        @Nullable String detail,
        @Nullable EventTime time,
        @Nullable String eventBusName,
        List<String> resources,
        boolean detailChecked) {

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
        this(source, detailType, detail, time, eventBusName, resources, false);
    }
}
