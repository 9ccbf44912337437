package dev.bindery.registry.api;

import dev.bindery.registry.discovery.ShapeFlusher;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Requests on the {@code discovered-schemas} registry first flush what this instance has learned
 * and not yet stored, so a client reads the schemas and statistics of the events it was just
 * acknowledged (the flusher would otherwise store them within its interval).
 */
@ServerFilter("/v1/registries/name/discovered-schemas/**")
final class DiscoveredReads {

    private final ShapeFlusher flusher;

    DiscoveredReads(ShapeFlusher flusher) {
        this.flusher = flusher;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void flushFirst() {
        flusher.flush();
    }
}
