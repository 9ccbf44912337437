package dev.bindery.registry.api;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** The compatibility operations on a real PostgreSQL server. */
@MicronautTest(transactional = false)
class PostgresCompatibilityApiTest extends CompatibilityApiContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.postgres());
        properties.put("bindery.discovery.version-window", "0s");
        return properties;
    }
}
