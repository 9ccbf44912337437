package dev.bindery.registry.discovery;

import dev.bindery.registry.config.IngestLimits;
import dev.bindery.registry.discovery.inference.SchemaNames;
import dev.bindery.registry.store.DiscoveredNameRepository;
import dev.bindery.registry.store.DiscoveredNameRow;
import dev.bindery.registry.store.UniqueViolation;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The discovered schema name of each event kind (source, detail-type), claimed in
 * {@code discovered_name} so that distinct detail-types are never merged into one schema (ADR 0014):
 * the first kind whose {@link SchemaNames#schemaName EventBridge name} is free keeps it; a kind whose
 * name is claimed by another gets the name with the smallest free suffix {@code -2}, {@code -3}, …
 * ({@link SchemaNames#suffixed}). Claims are never released: a name keeps its kind across restarts,
 * and instances sharing a database agree, because a claim is a row under a unique key.
 */
@Singleton
class SchemaNameClaims {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaNameClaims.class);
    /** Far more kinds than ever sanitise to one name; a bound keeps a broken database from looping. */
    private static final int MAX_SUFFIX = 10_000;

    private static final int MAX_KIND_LENGTH = IngestLimits.KIND_COLUMN_WIDTH;

    private record Kind(String source, String detailType) {}

    private final DiscoveredNameRepository names;
    private final NameClaimWriter writer;
    private final ConcurrentHashMap<Kind, String> claimed = new ConcurrentHashMap<>();
    private final Set<Kind> unlearnable = ConcurrentHashMap.newKeySet();

    SchemaNameClaims(DiscoveredNameRepository names, NameClaimWriter writer) {
        this.names = names;
        this.writer = writer;
    }

    /**
     * The schema name of the kind, claimed for it if it has none yet.
     *
     * @throws IllegalArgumentException when the source or detail type makes no schema name (no name
     *                                  characters, too long)
     */
    String nameFor(String source, String detailType) {
        Kind kind = new Kind(source, detailType);
        String known = claimed.get(kind);
        if (known != null) {
            return known;
        }
        String name = claim(kind, SchemaNames.schemaName(source, detailType));
        claimed.putIfAbsent(kind, name);
        return name;
    }

    /**
     * The schema name journal rows of the kind teach, or empty when the kind can never be stored:
     * rows an earlier version journalled without checking the source's length (the columns hold 256
     * characters) or whose names have no name characters. Such rows are retired unlearned.
     */
    Optional<String> learnableName(String source, String detailType) {
        String problem;
        if (source.length() > MAX_KIND_LENGTH || detailType.length() > MAX_KIND_LENGTH) {
            problem = "the source or detail-type is longer than " + MAX_KIND_LENGTH + " characters";
        } else {
            try {
                return Optional.of(nameFor(source, detailType));
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (unlearnable.add(new Kind(source, detailType))) {
            LOG.warn(
                    "Journalled events of source '{}' and detail-type '{}' can never be stored ({}); "
                            + "their journal rows are retired unlearned",
                    abbreviate(source),
                    abbreviate(detailType),
                    problem);
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private String claim(Kind kind, String base) {
        Optional<DiscoveredNameRow> existing = names.findBySourceAndDetailType(kind.source(), kind.detailType());
        if (existing.isPresent()) {
            return existing.get().schemaName();
        }
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            String candidate = SchemaNames.suffixed(base, n);
            Optional<DiscoveredNameRow> owner = names.findById(candidate);
            if (owner.isPresent()) {
                if (owner.get().source().equals(kind.source())
                        && owner.get().detailType().equals(kind.detailType())) {
                    return candidate;
                }
                continue;
            }
            try {
                writer.insert(new DiscoveredNameRow(
                        candidate,
                        kind.source(),
                        kind.detailType(),
                        Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                return candidate;
            } catch (DataAccessException e) {
                if (!UniqueViolation.isCauseOf(e)) {
                    throw e;
                }
                // Another instance claimed a name for this kind, or this name for another kind.
                existing = names.findBySourceAndDetailType(kind.source(), kind.detailType());
                if (existing.isPresent()) {
                    return existing.get().schemaName();
                }
            }
        }
        throw new IllegalStateException("no free schema name for " + base + " up to suffix " + MAX_SUFFIX);
    }
}
