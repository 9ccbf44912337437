package dev.bindery.registry.api;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** Content integrity on an H2 file database. */
@MicronautTest(transactional = false)
class H2ContentIntegrityTest extends ContentIntegrityContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }
}
