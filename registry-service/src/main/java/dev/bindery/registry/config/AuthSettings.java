package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Authentication and authorization settings ({@code bindery.auth}).
 *
 * @param mode                  {@code auto} (on unless the server listens only on loopback), {@code on} or {@code off}
 * @param apiKeyHeader          the header that may carry a bearer token instead of {@code Authorization}
 *                              (what an EventBridge API destination connection of type API_KEY sends)
 * @param maxClockSkew          how far a signed request's date may be from the server's clock
 * @param credentialCacheTtl    how long a verified credential is trusted without asking the store
 *                              again: the longest a revoked key or token keeps working
 * @param secretKey             base64 of the 32-byte key that encrypts access-key secrets at rest;
 *                              when unset, a key file in the data directory is used (created on first start)
 * @param adminAccessKeyId      an access key id for an admin principal created or updated at start
 * @param adminSecretAccessKey  its secret
 * @param failuresBeforeDelay   authentication failures from one address, within the window, after which
 *                              its further requests are answered only after {@code failureDelay}
 * @param failuresBeforeRefusal failures after which its requests are refused with 429 until the window passes
 * @param failureWindow         the window over which failures are counted
 * @param failureDelay          the delay of a slowed request
 */
@ConfigurationProperties("bindery.auth")
public record AuthSettings(
        @Bindable(defaultValue = "auto") String mode,
        @Bindable(defaultValue = "x-api-key") String apiKeyHeader,
        @Bindable(defaultValue = "15m") Duration maxClockSkew,
        @Bindable(defaultValue = "5s") Duration credentialCacheTtl,
        @Nullable String secretKey,
        @Nullable String adminAccessKeyId,
        @Nullable String adminSecretAccessKey,
        @Bindable(defaultValue = "10") int failuresBeforeDelay,
        @Bindable(defaultValue = "30") int failuresBeforeRefusal,
        @Bindable(defaultValue = "1m") Duration failureWindow,
        @Bindable(defaultValue = "1s") Duration failureDelay) {}
