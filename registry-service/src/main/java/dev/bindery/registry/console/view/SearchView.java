package dev.bindery.registry.console.view;

import java.util.List;

/**
 * Search results over every registry the caller may see: the schemas whose name or content holds
 * every word, with the versions that matched.
 *
 * @param truncated whether some registry had more hits than are shown
 */
public record SearchView(String query, List<Hit> hits, boolean truncated) {

    public SearchView {
        hits = List.copyOf(hits);
    }

    /** One schema that matched. */
    public record Hit(String registry, String schema, List<Long> versions) {

        public Hit {
            versions = List.copyOf(versions);
        }

        public String href() {
            return Urls.schema(registry, schema);
        }

        public String versionHref(long version) {
            return Urls.version(registry, schema, version);
        }
    }
}
