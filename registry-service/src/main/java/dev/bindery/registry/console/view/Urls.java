package dev.bindery.registry.console.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The console's URLs, built in one place so that every name is escaped the same way. */
public final class Urls {

    public static final String HOME = "/console";

    private Urls() {}

    /** A path segment or query value, percent-encoded ({@code '@'} and {@code ' '} included). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String registry(String registry) {
        return HOME + "/registries/" + encode(registry);
    }

    public static String schema(String registry, String schema) {
        return registry(registry) + "/schemas/" + encode(schema);
    }

    public static String version(String registry, String schema, long version) {
        return schema(registry, schema) + "?version=" + version;
    }

    public static String diff(String registry, String schema, long from, long to) {
        return schema(registry, schema) + "/diff?from=" + from + "&to=" + to;
    }

    public static String export(String registry, String schema, long version, String type) {
        return schema(registry, schema) + "/export?version=" + version + "&type=" + type;
    }

    public static String binding(String registry, String schema, long version, String language) {
        return schema(registry, schema) + "/bindings/" + language + "?version=" + version;
    }
}
