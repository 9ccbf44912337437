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
 * @param maxContentDepth      nesting levels of schema content (AWS bounds discovery at 255)
 * @param registryNamePattern  what a registry name must match (AWS's rule)
 * @param schemaNamePattern    what a schema name must match: EventBridge's {@code source@DetailType}
 *                             names plus '/' and ':' that namespaced names use; AWS's length limit
 */
@ConfigurationProperties("bindery.limits")
public record Limits(
        @Bindable(defaultValue = "100000") int maxContentLength,
        @Bindable(defaultValue = "256") int maxDescriptionLength,
        @Bindable(defaultValue = "100") int maxPageSize,
        @Bindable(defaultValue = "100") int defaultPageSize,
        @Bindable(defaultValue = "20480") int maxPolicyLength,
        @Bindable(defaultValue = "50") int maxTagsPerResource,
        @Bindable(defaultValue = "255") int maxContentDepth,
        @Bindable(defaultValue = "[.\\-_A-Za-z0-9]{1,64}") String registryNamePattern,

        @Bindable(defaultValue = "[.\\-_A-Za-z0-9@/:+]{1,385}")
        String schemaNamePattern) {}
