package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Bounds on ingested events, as EventBridge sets them by default.
 *
 * @param maxEntrySize      bytes of one entry, counted as EventBridge counts them: 14 for the time
 *                          plus the UTF-8 bytes of Source, DetailType, Detail and each resource (256 KB)
 * @param maxEntries        entries of one PutEvents request (10)
 * @param maxDetailTypeLength characters of a DetailType (128)
 * @param maxSourceLength   characters of a Source (256, the width of discovery's columns)
 * @param maxSampleEvents   events of one GetDiscoveredSchema request (AWS: 10)
 * @param maxSampleLength   characters of one event given to GetDiscoveredSchema (AWS: 100,000)
 */
@ConfigurationProperties("bindery.ingest")
public record IngestLimits(
        @Bindable(defaultValue = "262144") int maxEntrySize,
        @Bindable(defaultValue = "10") int maxEntries,
        @Bindable(defaultValue = "128") int maxDetailTypeLength,
        @Bindable(defaultValue = "256") int maxSourceLength,
        @Bindable(defaultValue = "10") int maxSampleEvents,
        @Bindable(defaultValue = "100000") int maxSampleLength) {

    /** The width of the source and detail-type columns that discovery stores events' kinds in. */
    public static final int KIND_COLUMN_WIDTH = 256;

    public IngestLimits {
        if (maxSourceLength > KIND_COLUMN_WIDTH || maxDetailTypeLength > KIND_COLUMN_WIDTH) {
            throw new IllegalArgumentException("bindery.ingest.max-source-length and max-detail-type-length must be at "
                    + "most " + KIND_COLUMN_WIDTH + " (the width of discovery's columns)");
        }
    }
}
