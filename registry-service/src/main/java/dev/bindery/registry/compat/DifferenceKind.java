package dev.bindery.registry.compat;

/**
 * What changed between two versions of a schema. The kind names the keyword and the direction of the change; the
 * {@link ChangeEffect} of a {@link Difference} says what it does to the set of valid instances, which is what decides
 * compatibility. See {@code docs/compatibility.md} for the effect of each kind.
 */
public enum DifferenceKind {
    /** The schema became {@code false} (accepts nothing) or {@code true}, or stopped being one of them. */
    SCHEMA_NARROWED,
    SCHEMA_WIDENED,
    TYPE_NARROWED,
    TYPE_WIDENED,
    TYPE_CHANGED,
    PROPERTY_ADDED,
    PROPERTY_REMOVED,
    REQUIRED_ADDED,
    REQUIRED_REMOVED,
    ADDITIONAL_PROPERTIES_NARROWED,
    ADDITIONAL_PROPERTIES_WIDENED,
    ADDITIONAL_PROPERTIES_CHANGED,
    PATTERN_PROPERTIES_CHANGED,
    MIN_PROPERTIES_TIGHTENED,
    MIN_PROPERTIES_RELAXED,
    MAX_PROPERTIES_TIGHTENED,
    MAX_PROPERTIES_RELAXED,
    ENUM_NARROWED,
    ENUM_EXTENDED,
    ENUM_CHANGED,
    CONST_ADDED,
    CONST_REMOVED,
    CONST_CHANGED,
    MINIMUM_TIGHTENED,
    MINIMUM_RELAXED,
    MAXIMUM_TIGHTENED,
    MAXIMUM_RELAXED,
    MULTIPLE_OF_TIGHTENED,
    MULTIPLE_OF_RELAXED,
    MULTIPLE_OF_CHANGED,
    MIN_LENGTH_TIGHTENED,
    MIN_LENGTH_RELAXED,
    MAX_LENGTH_TIGHTENED,
    MAX_LENGTH_RELAXED,
    PATTERN_ADDED,
    PATTERN_REMOVED,
    PATTERN_CHANGED,
    FORMAT_ADDED,
    FORMAT_REMOVED,
    FORMAT_CHANGED,
    ITEMS_NARROWED,
    ITEMS_WIDENED,
    ITEMS_CHANGED,
    MIN_ITEMS_TIGHTENED,
    MIN_ITEMS_RELAXED,
    MAX_ITEMS_TIGHTENED,
    MAX_ITEMS_RELAXED,
    UNIQUE_ITEMS_ADDED,
    UNIQUE_ITEMS_REMOVED,
    /** A oneOf/anyOf branch with no counterpart in the old version. */
    BRANCH_ADDED,
    /** A oneOf/anyOf branch of the old version with no counterpart in the new one. */
    BRANCH_REMOVED,
    /** A oneOf whose branches changed and cannot be shown mutually exclusive: exactly-one semantics may break. */
    ONE_OF_EXCLUSIVITY_UNPROVEN,
    /** An allOf member with no counterpart in the old version (an extra constraint). */
    CONJUNCT_ADDED,
    /** An allOf member of the old version with no counterpart in the new one. */
    CONJUNCT_REMOVED,
    /** oneOf/anyOf/allOf appeared or disappeared. */
    COMBINATOR_ADDED,
    COMBINATOR_REMOVED,
    NOT_CHANGED,
    /** Keywords compared only for equality (if/then/else, dependencies, contains, propertyNames, unevaluated*...). */
    CONDITIONAL_CHANGED,
    DEPENDENCIES_CHANGED,
    CONTAINS_CHANGED,
    PROPERTY_NAMES_CHANGED,
    UNEVALUATED_CHANGED,
    /** A {@code $ref} that is not a local JSON pointer, or does not resolve, and differs. */
    REFERENCE_CHANGED
}
