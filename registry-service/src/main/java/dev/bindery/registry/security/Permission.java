package dev.bindery.registry.security;

/** What an operation needs of the caller's role. */
public enum Permission {
    READ,
    INGEST,
    WRITE,
    ADMIN
}
