package dev.bindery.registry.api;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** The compatibility operations on the embedded default: an H2 file database. */
@MicronautTest(transactional = false)
class H2CompatibilityApiTest extends CompatibilityApiContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.discovery.version-window", "0s");
        return properties;
    }
}
