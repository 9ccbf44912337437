package dev.bindery.registry.discovery;

import dev.bindery.registry.store.StorageStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the versions that waited until their source fell quiet or their window passed
 * ({@link VersionCadence}), from the stored shapes, so they are written even when no further event
 * arrives (and after a restart).
 */
@Singleton
class PendingVersions {

    private static final Logger LOG = LoggerFactory.getLogger(PendingVersions.class);

    private final ShapeStore shapes;
    private final DiscoveredVersions versions;
    private final StorageStatus storage;

    PendingVersions(ShapeStore shapes, DiscoveredVersions versions, StorageStatus storage) {
        this.shapes = shapes;
        this.versions = versions;
        this.storage = storage;
    }

    @Scheduled(fixedDelay = "${bindery.discovery.pending-check-interval:1s}", initialDelay = "1s")
    void publishDue() {
        if (storage.refusesWrites().isPresent()) {
            return; // the versions wait until the store takes writes again
        }
        try {
            publishAll();
        } catch (RuntimeException e) {
            if (storage.failed(e).isEmpty()) {
                throw e;
            }
        }
    }

    private void publishAll() {
        for (String schemaName : shapes.pending()) {
            try {
                shapes.find(schemaName).ifPresent(shape -> versions.publish(schemaName, shape));
            } catch (IllegalStateException e) {
                LOG.warn("Pending discovered schema {} was not versioned: {}", schemaName, e.getMessage());
            }
        }
    }
}
