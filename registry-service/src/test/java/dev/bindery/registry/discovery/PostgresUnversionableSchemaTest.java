package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import java.util.Map;

/** Schemas that cannot be versioned, on PostgreSQL, with the journal table. */
class PostgresUnversionableSchemaTest extends UnversionableSchemaContract {

    @Override
    Map<String, String> database() {
        return Databases.postgres();
    }
}
