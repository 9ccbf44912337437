package dev.bindery.registry.policy;

/** What a resource policy says about a request. */
public enum Decision {
    /** A statement that matches the request denies it; nothing else can allow it. */
    DENY,
    /** No statement denies the request and at least one allows it. */
    ALLOW,
    /** No statement matches the request: the caller's role decides. */
    NONE
}
