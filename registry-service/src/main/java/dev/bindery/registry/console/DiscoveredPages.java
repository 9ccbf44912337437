package dev.bindery.registry.console;

import dev.bindery.registry.discovery.ShapeFlusher;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The console's pages of the {@code discovered-schemas} registry first store what this instance
 * has learned, as the API's reads of that registry do: a person who just published events sees them.
 */
@ServerFilter({"/console/registries/discovered-schemas", "/console/registries/discovered-schemas/**"})
final class DiscoveredPages {

    private final ShapeFlusher flusher;

    DiscoveredPages(ShapeFlusher flusher) {
        this.flusher = flusher;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void flushFirst() {
        flusher.flush();
    }
}
