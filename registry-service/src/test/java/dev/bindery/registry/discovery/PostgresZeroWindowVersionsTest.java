package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** A zero version window on a real PostgreSQL server. */
@MicronautTest(transactional = false)
class PostgresZeroWindowVersionsTest extends ZeroWindowVersionsContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.postgres());
        properties.put("bindery.discovery.version-window", "0s");
        return properties;
    }
}
