package dev.bindery.registry.discovery.inference;

/**
 * The string formats the engine infers, with their OpenAPI/JSON Schema names. A format is emitted only when every
 * observed string value at a position matched it; when several still match, the first in declaration order wins.
 */
public enum StringFormat {
    /** RFC 3339 {@code date-time}: {@code 2024-01-31T12:00:00Z}, fraction and numeric offset allowed. */
    DATE_TIME("date-time"),
    /** RFC 3339 {@code full-date}: {@code 2024-01-31}, day checked against the month. */
    DATE("date"),
    /** RFC 3339 {@code full-time}: {@code 12:00:00Z} or {@code 12:00:00.5+01:00}; the offset is required. */
    TIME("time"),
    /** 8-4-4-4-12 hexadecimal digits, either case. */
    UUID("uuid"),
    /** Dotted quad, each part 0–255 without leading zeros. */
    IPV4("ipv4"),
    /** RFC 4291 text form, with {@code ::} compression and an embedded IPv4 tail. */
    IPV6("ipv6"),
    /** {@code local@domain.tld}: dot-atom local part, hostname domain with at least two labels. */
    EMAIL("email"),
    /** Absolute URI with an authority: {@code scheme://…}, no spaces or characters RFC 3986 forbids. */
    URI("uri");

    /** Bit mask with every format set. */
    static final int ALL = (1 << values().length) - 1;

    private final String openApiName;

    StringFormat(String openApiName) {
        this.openApiName = openApiName;
    }

    /** The value of the {@code format} keyword. */
    public String openApiName() {
        return openApiName;
    }

    int bit() {
        return 1 << ordinal();
    }

    static StringFormat byOpenApiName(String name) {
        for (StringFormat f : values()) {
            if (f.openApiName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown string format: " + name);
    }

    /** The preferred format in a non-empty mask, or {@code null} for an empty one. */
    static StringFormat first(int mask) {
        return mask == 0 ? null : values()[Integer.numberOfTrailingZeros(mask)];
    }
}
