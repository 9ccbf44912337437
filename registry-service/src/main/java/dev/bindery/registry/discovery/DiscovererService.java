package dev.bindery.registry.discovery;

import dev.bindery.registry.catalog.InputRules;
import dev.bindery.registry.catalog.LikePatterns;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.catalog.PageToken;
import dev.bindery.registry.catalog.Tags;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.DiscovererRepository;
import dev.bindery.registry.store.DiscovererRow;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discoverers: one per event bus, created started (as EventBridge does), and started or stopped
 * at will. Events on a bus whose discoverer is not started are accepted but not inferred.
 */
@Singleton
public class DiscovererService {

    private static final String TOKEN_KIND = "discoverers";

    private final DiscovererRepository discoverers;
    private final Tags tags;
    private final InputRules rules;
    private final long stateTtlNanos;
    /** Whether each bus is discovered, as last read, and until when that reading is used. */
    private final Map<String, CachedState> states = new ConcurrentHashMap<>();

    private record CachedState(boolean discovering, long validUntilNanos) {}

    public DiscovererService(
            DiscovererRepository discoverers,
            Tags tags,
            InputRules rules,
            @Value("${bindery.discovery.discoverer-state-ttl:1s}") Duration stateTtl) {
        this.discoverers = discoverers;
        this.tags = tags;
        this.rules = rules;
        this.stateTtlNanos = stateTtl.toNanos();
    }

    public Discoverer create(
            String sourceArn,
            @Nullable String description,
            @Nullable Boolean crossAccount,
            Map<String, String> newTags) {
        EventBusArn bus = EventBusArn.parse(sourceArn);
        return createIfAbsent(bus, description, crossAccount, newTags).orElseThrow(() -> alreadyExists(bus));
    }

    /** As {@link #create}; empty, and nothing changed, when the bus has a discoverer already. */
    Optional<Discoverer> createIfAbsent(
            EventBusArn bus,
            @Nullable String description,
            @Nullable Boolean crossAccount,
            Map<String, String> newTags) {
        rules.description(description);
        tags.check(newTags);
        if (discoverers.findByDiscovererId(bus.discovererId()).isPresent()) {
            return Optional.empty();
        }
        DiscovererRow row = new DiscovererRow(
                null,
                bus.discovererId(),
                bus.arn(),
                bus.busName(),
                description,
                Discoverer.State.STARTED.name(),
                crossAccount == null || crossAccount,
                tags.write(newTags),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        states.remove(bus.busName());
        try {
            return Optional.of(toDiscoverer(discoverers.save(row)));
        } catch (DataAccessException e) {
            if (UniqueViolation.isCauseOf(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Discoverer describe(String discovererId) {
        return toDiscoverer(discoverers.findByDiscovererId(discovererId).orElseThrow(() -> notFound(discovererId)));
    }

    @Transactional
    public Discoverer update(String discovererId, @Nullable String description, @Nullable Boolean crossAccount) {
        rules.description(description);
        DiscovererRow row = lock(discovererId);
        return toDiscoverer(discoverers.update(row.with(
                description != null ? description : row.description(),
                crossAccount != null ? crossAccount : row.crossAccount(),
                row.state())));
    }

    @Transactional
    public Discoverer setState(String discovererId, Discoverer.State state) {
        DiscovererRow row = lock(discovererId);
        return toDiscoverer(discoverers.update(row.with(row.description(), row.crossAccount(), state.name())));
    }

    @Transactional
    public void delete(String discovererId) {
        discoverers.delete(lock(discovererId));
    }

    public Page<Discoverer> list(
            @Nullable String idPrefix,
            @Nullable String arnPrefix,
            @Nullable Integer limit,
            @Nullable String nextToken) {
        int size = rules.pageSize(limit);
        String after = PageToken.decode(TOKEN_KIND, nextToken);
        List<DiscovererRow> rows = discoverers.page(
                LikePatterns.startingWith(idPrefix == null ? "" : idPrefix),
                LikePatterns.startingWith(arnPrefix == null ? "" : arnPrefix),
                after,
                size + 1);
        return Page.of(rows, size, TOKEN_KIND, DiscovererRow::discovererId, this::toDiscoverer);
    }

    /**
     * Whether events on this bus are to be inferred: its discoverer exists and is started. Read at
     * most once per {@code bindery.discovery.discoverer-state-ttl} (1 s) per bus, since every ingestion
     * request asks; a change made through this instance applies at once, one made through another
     * instance within that time.
     */
    public boolean isDiscovering(String busName) {
        long now = System.nanoTime();
        CachedState cached = states.get(busName);
        if (cached != null && now - cached.validUntilNanos() < 0) {
            return cached.discovering();
        }
        boolean discovering = discoverers
                .findByDiscovererId(new EventBusArn("", busName).discovererId())
                .map(row -> Discoverer.State.STARTED.name().equals(row.state()))
                .orElse(false);
        states.put(busName, new CachedState(discovering, now + stateTtlNanos));
        return discovering;
    }

    /** Locks the discoverer's row for a change, and forgets its cached state. */
    private DiscovererRow lock(String discovererId) {
        DiscovererRow row = discoverers.findForUpdate(discovererId).orElseThrow(() -> notFound(discovererId));
        states.remove(row.busName());
        return row;
    }

    private Discoverer toDiscoverer(DiscovererRow row) {
        return new Discoverer(
                row.discovererId(),
                row.sourceArn(),
                row.description(),
                Discoverer.State.valueOf(row.state()),
                row.crossAccount(),
                tags.read(row.tags()));
    }

    private static ApiException notFound(String discovererId) {
        return ApiException.notFound("Discoverer %s does not exist.", discovererId);
    }

    private static ApiException alreadyExists(EventBusArn bus) {
        return ApiException.conflict(
                "Discoverer %s already exists for event bus %s.", bus.discovererId(), bus.busName());
    }
}
