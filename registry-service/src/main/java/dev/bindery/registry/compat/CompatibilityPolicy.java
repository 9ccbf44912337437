package dev.bindery.registry.compat;

/**
 * How strictly a direction is judged. STRICT: exact set inclusion of valid instances (the checker is sound: it never
 * calls an incompatible pair compatible). LENIENT: as STRICT, but an optional property added to or removed from an
 * open content model is forgiven, because readers ignore fields they do not know (see {@link Difference#lenientCompatible()}).
 */
public enum CompatibilityPolicy {
    STRICT,
    LENIENT
}
