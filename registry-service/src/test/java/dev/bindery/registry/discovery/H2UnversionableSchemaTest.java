package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import java.util.Map;

/** Schemas that cannot be versioned, on the embedded store, with its file journal. */
class H2UnversionableSchemaTest extends UnversionableSchemaContract {

    @Override
    Map<String, String> database() {
        return Databases.h2();
    }
}
