package dev.bindery.registry.bindings;

import dev.bindery.registry.support.Databases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/** Failed code bindings' reasons on an H2 file database. */
@MicronautTest(transactional = false)
class H2FailedBindingReasonTest extends FailedBindingReasonContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Databases.h2();
    }
}
