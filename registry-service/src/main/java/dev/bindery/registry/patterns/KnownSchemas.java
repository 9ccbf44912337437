package dev.bindery.registry.patterns;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.discovery.SchemaBuses;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.ContentRepository;
import dev.bindery.registry.store.LatestVersionRow;
import dev.bindery.registry.store.RegistryRepository;
import dev.bindery.registry.store.SchemaVersionRepository;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas a pattern is linted against: the latest version of every schema of {@code discovered-schemas} (which
 * every bus's discoverer feeds, as on EventBridge) whose events arrived on the pattern's bus, and of the registry the
 * request names. Content is read once per
 * content hash and kept as fields (a bounded cache: content never changes under its hash).
 */
@Singleton
public class KnownSchemas {

    static final String DISCOVERED = "discovered-schemas";
    private static final int MAX_CACHED = 20_000;

    private final SchemaVersionRepository versions;
    private final ContentRepository contents;
    private final RegistryRepository registries;
    private final ObjectMapper mapper;
    private final SchemaBuses buses;
    /** Read content by hash: an accumulator, cleared when it outgrows its bound. */
    private final Map<String, ShapeReader.Read> byHash = new ConcurrentHashMap<>();

    public KnownSchemas(
            SchemaVersionRepository versions,
            ContentRepository contents,
            RegistryRepository registries,
            ObjectMapper mapper,
            SchemaBuses buses) {
        this.buses = buses;
        this.versions = versions;
        this.contents = contents;
        this.registries = registries;
        this.mapper = mapper;
    }

    /**
     * The shapes of discovered-schemas (when {@code withDiscovered}) and, when given, of {@code registryName}
     * (which must exist).
     */
    public List<EventShape> of(@io.micronaut.core.annotation.Nullable String registryName, boolean withDiscovered) {
        return of(registryName, withDiscovered, null);
    }

    /**
     * The same, with discovered-schemas narrowed to the schemas whose events arrived on {@code busName} (and those
     * discovered before buses were recorded, which may be of any bus); {@code null}: every bus.
     */
    public List<EventShape> of(
            @io.micronaut.core.annotation.Nullable String registryName,
            boolean withDiscovered,
            @io.micronaut.core.annotation.Nullable String busName) {
        List<EventShape> shapes = new ArrayList<>(withDiscovered ? onBus(registry(DISCOVERED), busName) : List.of());
        if (registryName != null && !registryName.equals(DISCOVERED)) {
            if (registries.findByName(registryName).isEmpty()) {
                throw ApiException.notFound("Registry %s does not exist.", registryName);
            }
            shapes.addAll(registry(registryName));
        }
        return shapes;
    }

    private List<EventShape> onBus(List<EventShape> discovered, @io.micronaut.core.annotation.Nullable String busName) {
        if (busName == null || discovered.isEmpty()) {
            return discovered;
        }
        Map<String, Set<String>> seenOn = buses.all();
        return discovered.stream()
                .filter(shape -> {
                    Set<String> on = seenOn.get(shape.schemaName());
                    return on == null || on.contains(busName);
                })
                .toList();
    }

    private List<EventShape> registry(String registryName) {
        List<EventShape> shapes = new ArrayList<>();
        for (LatestVersionRow row : versions.latestOfRegistry(registryName)) {
            ShapeReader.Read read = read(row.contentHash());
            shapes.add(new EventShape(
                    registryName,
                    row.schemaName(),
                    row.version(),
                    DISCOVERED.equals(registryName),
                    read.source(),
                    read.detailType(),
                    read.fields()));
        }
        return shapes;
    }

    /** The shape of one version's content (for the check of a new version against stored rules). */
    public EventShape shape(String registryName, String schemaName, long version, String content) {
        ShapeReader.Read read = ShapeReader.read(mapper, content);
        return new EventShape(
                registryName,
                schemaName,
                version,
                DISCOVERED.equals(registryName),
                read.source(),
                read.detailType(),
                read.fields());
    }

    private ShapeReader.Read read(String hash) {
        ShapeReader.Read cached = byHash.get(hash);
        if (cached != null) {
            return cached;
        }
        String content = contents.findById(hash).map(c -> c.content()).orElse("{}");
        ShapeReader.Read read = ShapeReader.read(mapper, content);
        if (byHash.size() >= MAX_CACHED) {
            byHash.clear();
        }
        byHash.put(hash, read);
        return read;
    }
}
