package dev.bindery.registry.console.view;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The discoverers: which bus each watches, whether it is started, and whether the caller may change that. */
public record DiscoverersView(
        List<Entry> discoverers, @Nullable String nextToken, boolean canChange) {

    public DiscoverersView {
        discoverers = List.copyOf(discoverers);
    }

    /** One discoverer. */
    public record Entry(
            String id, String sourceArn, @Nullable String description, String state) {

        public boolean started() {
            return "STARTED".equals(state);
        }

        public String action() {
            return Urls.HOME + "/discoverers/" + Urls.encode(id) + (started() ? "/stop" : "/start");
        }
    }
}
