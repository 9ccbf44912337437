package dev.bindery.registry.security;

/** What a registry's resource policy says about one request. */
public enum PolicyVerdict {
    /** A statement allows it and none denies it. */
    ALLOW,
    /** A statement denies it: this wins over every grant. */
    DENY,
    /** No statement applies: the caller's role decides. */
    NONE
}
