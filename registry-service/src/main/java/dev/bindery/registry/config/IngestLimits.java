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
 * @param maxSampleEvents   events of one GetDiscoveredSchema request (AWS: 10)
 * @param maxSampleLength   characters of one event given to GetDiscoveredSchema (AWS: 100,000)
 */
@ConfigurationProperties("bindery.ingest")
public record IngestLimits(
        @Bindable(defaultValue = "262144") int maxEntrySize,
        @Bindable(defaultValue = "10") int maxEntries,
        @Bindable(defaultValue = "128") int maxDetailTypeLength,
        @Bindable(defaultValue = "10") int maxSampleEvents,
        @Bindable(defaultValue = "100000") int maxSampleLength) {
}
