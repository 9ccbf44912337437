package dev.bindery.registry.ingest;

import io.micronaut.core.annotation.Nullable;

/** The outcome of one PutEvents entry: its event id, or an error code and message. */
public record EntryResult(
        @Nullable String eventId,
        @Nullable String errorCode,
        @Nullable String errorMessage) {

    public static EntryResult accepted(String eventId) {
        return new EntryResult(eventId, null, null);
    }

    public static EntryResult failed(String code, String message) {
        return new EntryResult(null, code, message);
    }

    public boolean isFailure() {
        return errorCode != null;
    }
}
