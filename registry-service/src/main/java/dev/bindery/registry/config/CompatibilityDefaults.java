package dev.bindery.registry.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The compatibility rule of registries that set none. The default mode is {@code NONE}, as in
 * EventBridge, which checks nothing: AWS clients expect UpdateSchema to accept any valid content
 * until someone opts in. {@code discovered-schemas} ships with its own rule (BACKWARD, LENIENT).
 *
 * @param mode   NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE
 * @param policy STRICT or LENIENT
 */
@ConfigurationProperties("bindery.compatibility")
public record CompatibilityDefaults(
        @Bindable(defaultValue = "NONE") String mode,
        @Bindable(defaultValue = "LENIENT") String policy) {}
