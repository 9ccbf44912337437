package dev.bindery.registry.security;

/** What an operation needs of the caller's role (see {@link Role#grants}). */
public enum Permission {
    /** Reading registries, schemas, versions, bindings, rules and statistics. */
    READ,
    /** Sending events. */
    INGEST,
    /** Work that stores nothing, for every role: inferring a schema from sample events, testing an event pattern. */
    INFER,
    /** Changing schemas, versions, tags, code bindings and schema rules. */
    WRITE,
    /** Everything else: registries, policies, registry rules, discoverers, principals, the audit log. */
    ADMIN
}
