package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import java.util.Map;

/** Colliding detail-types on the embedded store, with its file journal. */
class H2CollidingDetailTypesTest extends CollidingDetailTypesContract {

    @Override
    Map<String, String> database() {
        return Databases.h2();
    }
}
