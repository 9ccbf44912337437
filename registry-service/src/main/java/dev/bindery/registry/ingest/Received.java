package dev.bindery.registry.ingest;

import io.micronaut.core.annotation.Nullable;

/**
 * What a door made of one event on its wire: an {@link IncomingEvent} for the checks every door
 * shares, or the door's own refusal (a member of the wrong JSON kind, a CloudEvent without its
 * required attributes, a line that is not JSON).
 */
public record Received(
        @Nullable IncomingEvent event, @Nullable EntryResult refusal) {

    public Received {
        if ((event == null) == (refusal == null)) {
            throw new IllegalArgumentException("exactly one of event and refusal");
        }
    }

    public static Received of(IncomingEvent event) {
        return new Received(event, null);
    }

    public static Received refused(String code, String message) {
        return new Received(null, EntryResult.failed(code, message));
    }
}
