package dev.bindery.registry.security;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/** The operation × role table on the embedded default: an H2 file database. */
@MicronautTest(transactional = false)
class H2AccessTableTest extends AccessTableContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.putAll(AccessTableContract.AUTH_ON);
        return properties;
    }
}
