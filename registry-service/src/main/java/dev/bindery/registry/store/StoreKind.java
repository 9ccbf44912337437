package dev.bindery.registry.store;

import java.util.Locale;

/**
 * What kind of store the registry's JDBC URL ({@code datasources.default.url}) names: the one answer to
 * "is the store embedded", for every component that behaves differently when it is (the DescribeSchema
 * cache, the discovery journal, the free-space and reopen handling of {@link StorageStatus}).
 */
public enum StoreKind {
    /**
     * H2 opened by this process from files ({@code jdbc:h2:file:…}, or a bare path such as
     * {@code jdbc:h2:./data/bindery}): only this process writes it, and its files share a file system
     * with the data directory.
     */
    EMBEDDED,
    /** H2 in this process's memory ({@code jdbc:h2:mem:…}): only this process writes it, and it ends with it. */
    IN_MEMORY,
    /** A database server (PostgreSQL, or H2 through {@code tcp:} or {@code ssl:}), which several instances may share. */
    SERVER;

    private static final String H2 = "jdbc:h2:";

    /** The kind of store {@code jdbcUrl} names; an empty or unknown URL is a {@link #SERVER}. */
    public static StoreKind of(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.strip().toLowerCase(Locale.ROOT);
        if (!url.startsWith(H2)) {
            return SERVER;
        }
        String rest = url.substring(H2.length());
        if (rest.startsWith("mem:")) {
            return IN_MEMORY;
        }
        if (rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            return SERVER;
        }
        return EMBEDDED;
    }

    /** Whether this process is the store's only writer, so what it cached from its own writes stays true. */
    public boolean onlyThisProcessWrites() {
        return this != SERVER;
    }
}
