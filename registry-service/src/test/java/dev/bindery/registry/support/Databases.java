package dev.bindery.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Datasource properties for a test class: a fresh H2 file database or a fresh PostgreSQL database. */
public final class Databases {

    private Databases() {}

    /** An H2 file database in a new temporary directory, configured as the embedded default is. */
    public static Map<String, String> h2() {
        try {
            String dir = Files.createTempDirectory("bindery-h2").toString();
            return Map.of("bindery.data-dir", dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> postgres() {
        return Map.of(
                "datasources.default.url", PostgresServer.newDatabase(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }
}
