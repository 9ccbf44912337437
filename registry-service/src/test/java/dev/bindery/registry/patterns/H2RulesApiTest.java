package dev.bindery.registry.patterns;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** The rule operations on the embedded H2 database. */
@MicronautTest(transactional = false)
class H2RulesApiTest extends RulesApiContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }
}
