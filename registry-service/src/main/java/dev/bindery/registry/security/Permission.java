package dev.bindery.registry.security;

/** What an operation needs of the caller's role (see {@link Role#grants}). */
public enum Permission {
    /** Reading registries, schemas, versions, bindings, rules and statistics. */
    READ,
    /** Sending events. */
    INGEST,
    /** Inferring a schema from sample events, which stores nothing: readers and producers alike. */
    INFER,
    /** Changing schemas, versions, tags, code bindings and schema rules. */
    WRITE,
    /** Everything else: registries, policies, registry rules, discoverers, principals, the audit log. */
    ADMIN
}
