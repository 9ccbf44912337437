package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import java.util.Map;

/** Colliding detail-types on PostgreSQL, with the journal table. */
class PostgresCollidingDetailTypesTest extends CollidingDetailTypesContract {

    @Override
    Map<String, String> database() {
        return Databases.postgres();
    }
}
