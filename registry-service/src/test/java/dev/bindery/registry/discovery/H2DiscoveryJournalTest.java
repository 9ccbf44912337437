package dev.bindery.registry.discovery;

import dev.bindery.registry.support.Databases;
import java.util.Map;

class H2DiscoveryJournalTest extends DiscoveryJournalContract {

    @Override
    Map<String, String> database() {
        return Databases.h2();
    }
}
