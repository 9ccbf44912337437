package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import java.time.Duration;

/**
 * How the registry guards and reports its storage.
 *
 * @param minFreeSpace  bytes the data directory's file system must keep free for the embedded store
 *                      to accept writes; below it writes are refused with a 503 before H2 or the
 *                      file journal meet a full disk (H2 closes the database when a write fails)
 * @param failureWindow how long health reports DOWN after a write failed for a storage reason
 */
@ConfigurationProperties("bindery.storage")
public record StorageSettings(
        @Bindable(defaultValue = "64MB") @ReadableBytes long minFreeSpace,
        @Bindable(defaultValue = "60s") Duration failureWindow) {}
