package dev.bindery.registry.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The names requests use: the fixtures' (which the fuzzer only reads or sends requests that must be
 * refused) and the playground's (where anything goes), plus ids harvested from the playground's
 * answers. A mutable pool, confined to the single generating thread.
 */
final class Names {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";

    static final List<String> FIXTURE_REGISTRIES = List.of("fx-main", "fx-locked");
    static final List<String> FIXTURE_SCHEMAS = List.of("fx.orders@OrderPlaced", "Invoice", "fx/ns:Draft4");
    static final String FIXTURE_PRINCIPAL = "fx-reader";
    static final String FIXTURE_BUS = "fx-bus";

    static final List<String> PLAYGROUND_REGISTRIES = List.of("pg-0", "pg-1", "pg-2", "pg-3");
    static final List<String> PLAYGROUND_SCHEMAS = List.of("s0", "s1", "pg.src@Thing", "ns/s3");
    static final List<String> PLAYGROUND_PRINCIPALS = List.of("pg-alice", "pg-bob");

    /** Filled when the fixtures are created. */
    String fixtureDiscoverer = "none";

    String fixtureAccessKey = "none";
    String fixtureToken = "none";

    final List<String> discoverers = new ArrayList<>();
    final List<String> accessKeys = new ArrayList<>();
    final List<String> tokens = new ArrayList<>();

    private final SplittableRandom random;

    Names(SplittableRandom random) {
        this.random = random;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int from, int to) {
        return random.nextInt(from, to + 1);
    }

    String registry(boolean fixture) {
        if (fixture) {
            return pick(FIXTURE_REGISTRIES);
        }
        if (chance(0.08)) {
            return "discovered-schemas";
        }
        return chance(0.1) ? "pg-new-" + random.nextInt(1000) : pick(PLAYGROUND_REGISTRIES);
    }

    String schema(boolean fixture) {
        if (fixture) {
            return pick(FIXTURE_SCHEMAS);
        }
        return chance(0.1) ? "pg.new@S" + random.nextInt(1000) : pick(PLAYGROUND_SCHEMAS);
    }

    String version() {
        return chance(0.8) ? Integer.toString(between(1, 4)) : pick(List.of("latest", "0", "-1", "99"));
    }

    String principal(boolean fixture) {
        return fixture
                ? FIXTURE_PRINCIPAL
                : chance(0.1) ? "pg-new-" + random.nextInt(100) : pick(PLAYGROUND_PRINCIPALS);
    }

    String discoverer(boolean fixture) {
        if (fixture) {
            return fixtureDiscoverer;
        }
        return discoverers.isEmpty() || chance(0.2) ? "d-" + Long.toHexString(random.nextLong()) : pick(discoverers);
    }

    String accessKey(boolean fixture) {
        return fixture
                ? fixtureAccessKey
                : accessKeys.isEmpty() || chance(0.3) ? "AKIA" + random.nextInt() : pick(accessKeys);
    }

    String token(boolean fixture) {
        return fixture ? fixtureToken : tokens.isEmpty() || chance(0.3) ? "t-" + random.nextInt() : pick(tokens);
    }

    String arn(boolean fixture) {
        String registry = registry(fixture);
        String prefix = "arn:aws:schemas:" + REGION + ":" + ACCOUNT + ":";
        if (!fixture && chance(0.15)) {
            return prefix + "discoverer/" + discoverer(false);
        }
        return chance(0.5) ? prefix + "registry/" + registry : prefix + "schema/" + registry + "/" + schema(fixture);
    }

    String bus(boolean fixture) {
        return fixture ? FIXTURE_BUS : pick(List.of("default", "default", "pg-bus", "pg-bus-2"));
    }

    static String busArn(String bus) {
        return "arn:aws:events:" + REGION + ":" + ACCOUNT + ":event-bus/" + bus;
    }

    /** Remembers a bounded number of harvested ids. */
    static void keep(List<String> pool, String id) {
        if (id != null && !id.isEmpty() && !pool.contains(id)) {
            if (pool.size() >= 8) {
                pool.remove(0);
            }
            pool.add(id);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
