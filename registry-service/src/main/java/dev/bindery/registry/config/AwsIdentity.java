package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The region and account id that appear in every ARN the registry hands out, so that AWS clients
 * see the identifiers they expect ({@code arn:aws:schemas:<region>:<account>:…}).
 *
 * @param region    the region, e.g. {@code us-east-1}
 * @param accountId the twelve-digit account id
 */
@ConfigurationProperties("bindery.aws")
public record AwsIdentity(
        @Bindable(defaultValue = "us-east-1") String region,
        @Bindable(defaultValue = "000000000000") String accountId) {}
