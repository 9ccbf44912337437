package dev.bindery.registry.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.catalog.SchemaVersion;
import dev.bindery.registry.catalog.VersionPublisher;
import dev.bindery.registry.config.Limits;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes a discovered schema's versions into {@code discovered-schemas}: a new version only when the
 * inferred document differs from the latest version's content. The first version is written at
 * once; later changes coalesce: until {@link VersionCadence} says one is due (the source fell quiet,
 * or the version window passed), a change only marks the schema pending, and {@link PendingVersions}
 * writes one version for all of them when it is.
 *
 * <p>The comparison is with the stored version, not with the previous shape, so an interrupted
 * write is made good later, and two instances writing the same document make one version. Versions
 * are written through the catalog's {@link VersionPublisher}, whose typed outcome says whether the
 * document was refused (recorded as the schema's version problem, ADR 0015).
 */
@Singleton
class DiscoveredVersions {

    static final String REGISTRY = "discovered-schemas";

    private final VersionPublisher publisher;
    private final ShapeStore shapes;
    private final VersionCadence cadence;
    private final Limits limits;
    private final ObjectMapper mapper;

    DiscoveredVersions(
            VersionPublisher publisher, ShapeStore shapes, VersionCadence cadence, Limits limits, ObjectMapper mapper) {
        this.publisher = publisher;
        this.shapes = shapes;
        this.cadence = cadence;
        this.limits = limits;
        this.mapper = mapper;
    }

    /**
     * Publishes the schema's current shape, now or when its window ends. A document over the content
     * limit is not written: the shape keeps learning, and the problem is recorded for its statistics
     * to show until a later shape fits (ADR 0015).
     */
    void publish(String schemaName, ShapeSnapshot shape) {
        String content = storable(shape.toOpenApi(limits.maxContentDepth()));
        if (content.length() > limits.maxContentLength()) {
            shapes.versionProblem(
                    schemaName,
                    String.format(
                            "The inferred document is %d characters long, over the "
                                    + "%d-character content limit of a schema version, even without indentation; the schema is "
                                    + "not versioned until its shape fits. Its statistics are kept.",
                            content.length(), limits.maxContentLength()));
            return;
        }
        Optional<SchemaVersion> latest = publisher.latest(REGISTRY, schemaName);
        if (latest.isPresent() && latest.get().content().equals(content)) {
            shapes.clearPending(schemaName);
            return;
        }
        Instant now = shapes.now();
        Optional<VersionCadence.Timing> timing = shapes.timing(schemaName);
        if (latest.isPresent()
                && timing.isPresent()
                && !cadence.due(
                        now,
                        timing.get(),
                        timing.get().versionedAt() != null
                                ? timing.get().versionedAt()
                                : latest.get().versionCreatedDate())) {
            shapes.markPending(schemaName);
            return;
        }
        String description = latest.map(v -> ShapeChanges.describe(v.content(), content))
                .orElseGet(() -> ShapeChanges.first(shape.eventCount()));
        // Created, or Unchanged when another writer wrote this document first: either way it is current.
        if (publisher.publish(
                        REGISTRY, schemaName, new VersionPublisher.Document(SchemaType.OpenApi3, content, description))
                instanceof VersionPublisher.Outcome.Refused refused) {
            shapes.versionProblem(
                    schemaName, "The inferred document was not written as a version: " + refused.reason());
            return;
        }
        VersionCadence.Timing known = timing.orElse(new VersionCadence.Timing(now, null, 0));
        shapes.versioned(schemaName, now, cadence.streakAfter(now, known.versionedAt(), known.streak()));
    }

    /**
     * The document as stored: pretty-printed as EventBridge does, or compact when indentation alone
     * would take it over the content limit (deep nesting indents quadratically). Either way the same
     * shape gives the same bytes.
     */
    private String storable(String pretty) {
        if (pretty.length() <= limits.maxContentLength()) {
            return pretty;
        }
        try {
            return mapper.writeValueAsString(mapper.readTree(pretty));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the inferred document does not parse", e);
        }
    }
}
