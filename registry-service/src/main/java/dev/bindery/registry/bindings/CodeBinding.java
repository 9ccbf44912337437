package dev.bindery.registry.bindings;

import java.time.Instant;

/** A code binding's state as DescribeCodeBinding and PutCodeBinding report it. */
public record CodeBinding(long version, Status status, Instant creationDate, Instant lastModified) {

    /** The API's code generation statuses. */
    public enum Status {
        CREATE_IN_PROGRESS,
        CREATE_COMPLETE,
        CREATE_FAILED
    }
}
