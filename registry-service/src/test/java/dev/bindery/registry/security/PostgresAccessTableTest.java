package dev.bindery.registry.security;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** The operation × role table on a real PostgreSQL server. */
@MicronautTest(transactional = false)
class PostgresAccessTableTest extends AccessTableContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.postgres());
        properties.putAll(Databases.h2()); // a data directory of its own, for the key file
        properties.putAll(AccessTableContract.AUTH_ON);
        return properties;
    }
}
