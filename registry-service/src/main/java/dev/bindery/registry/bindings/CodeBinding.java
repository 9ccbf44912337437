package dev.bindery.registry.bindings;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A code binding's state as DescribeCodeBinding and PutCodeBinding report it.
 *
 * @param failureReason why generation failed, when the status is {@code CREATE_FAILED}; otherwise null
 */
public record CodeBinding(
        long version,
        Status status,
        Instant creationDate,
        Instant lastModified,
        @Nullable String failureReason) {

    /** The API's code generation statuses. */
    public enum Status {
        CREATE_IN_PROGRESS,
        CREATE_COMPLETE,
        CREATE_FAILED
    }
}
