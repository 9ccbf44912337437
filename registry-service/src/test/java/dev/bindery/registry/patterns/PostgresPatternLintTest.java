package dev.bindery.registry.patterns;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** The pattern lint on a real PostgreSQL server. */
@MicronautTest(transactional = false)
class PostgresPatternLintTest extends PatternLintContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return properties(Databases.postgres());
    }
}
