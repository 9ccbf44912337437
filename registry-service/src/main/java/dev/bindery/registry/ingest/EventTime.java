package dev.bindery.registry.ingest;

import java.math.BigDecimal;

/**
 * An event's time as a door received it: RFC 3339 text or a number of epoch seconds. Whether it is
 * a time in range is {@link EntryRules}' decision, the same for every door.
 */
public sealed interface EventTime {

    /** A date-time as text, e.g. {@code 2026-01-01T10:00:00+01:00}. */
    record Text(String value) implements EventTime {}

    /** A number of seconds since 1970-01-01T00:00:00Z, with any fraction. */
    record EpochSeconds(BigDecimal value) implements EventTime {}

    /** A number too large for any floating-point value (JSON {@code 1e999999}). */
    record NotFinite() implements EventTime {}
}
