package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** A zero version window on an H2 file database. */
@MicronautTest(transactional = false)
class H2ZeroWindowVersionsTest extends ZeroWindowVersionsContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.discovery.version-window", "0s");
        return properties;
    }
}
