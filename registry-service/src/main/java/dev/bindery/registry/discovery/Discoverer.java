package dev.bindery.registry.discovery;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/** A discoverer as the API describes it. */
public record Discoverer(
        String discovererId,
        String sourceArn,
        @Nullable String description,
        State state,
        boolean crossAccount,
        Map<String, String> tags) {

    public Discoverer {
        tags = Map.copyOf(tags);
    }

    /** Whether a discoverer infers the events of its bus. */
    public enum State {
        STARTED,
        STOPPED
    }
}
