package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import java.util.HashMap;
import java.util.Map;

/**
 * The database journal on H2. The embedded store keeps a file journal by default ({@link FileJournalTest});
 * the table is what several instances on one database share, so these tests ask for it.
 */
class H2DiscoveryJournalTest extends DiscoveryJournalContract {

    @Override
    Map<String, String> database() {
        Map<String, String> properties = new HashMap<>(Databases.h2());
        properties.put("bindery.discovery.journal", "database");
        return properties;
    }
}
