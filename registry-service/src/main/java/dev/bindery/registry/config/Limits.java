package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Bounds on input, as AWS sets them by default. Over-limit input is refused with a message that
 * names the limit.
 *
 * @param maxContentLength     characters of schema content (AWS: 100,000)
 * @param maxDescriptionLength characters of a description (AWS: 256)
 * @param maxPageSize          the largest {@code limit} a list operation accepts (AWS: 100)
 * @param defaultPageSize      the page size when the request gives none
 * @param maxPolicyLength      characters of a resource policy document
 * @param maxTagsPerResource   tags on one resource (AWS: 50)
 */
@ConfigurationProperties("bindery.limits")
public record Limits(
        @Bindable(defaultValue = "100000") int maxContentLength,
        @Bindable(defaultValue = "256") int maxDescriptionLength,
        @Bindable(defaultValue = "100") int maxPageSize,
        @Bindable(defaultValue = "100") int defaultPageSize,
        @Bindable(defaultValue = "20480") int maxPolicyLength,
        @Bindable(defaultValue = "50") int maxTagsPerResource) {
}
