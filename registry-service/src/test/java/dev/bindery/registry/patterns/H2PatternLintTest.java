package dev.bindery.registry.patterns;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** The pattern lint on the embedded H2 database. */
@MicronautTest(transactional = false)
class H2PatternLintTest extends PatternLintContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return properties(Databases.h2());
    }
}
