package dev.bindery.registry.support;

import java.util.Map;

/** Datasource properties for a test class: a fresh H2 file database or a fresh PostgreSQL database. */
public final class Databases {

    private Databases() {}

    /** An H2 file database in a new temporary directory, configured as the embedded default is. */
    public static Map<String, String> h2() {
        return Map.of("bindery.data-dir", TempDirs.create("bindery-h2").toString());
    }

    public static Map<String, String> postgres() {
        return Map.of(
                "datasources.default.url", PostgresServer.newDatabase(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }
}
