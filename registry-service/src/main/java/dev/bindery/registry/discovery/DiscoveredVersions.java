package dev.bindery.registry.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.registry.catalog.SchemaReader;
import dev.bindery.registry.catalog.SchemaService;
import dev.bindery.registry.catalog.SchemaVersion;
import dev.bindery.registry.config.Limits;
import dev.bindery.registry.content.SchemaType;
import dev.bindery.registry.discovery.inference.ShapeSnapshot;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.error.ErrorCode;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes a discovered schema's versions into {@code discovered-schemas}: a new version only when the
 * inferred document differs from the latest version's content. The first version is written at
 * once; later changes coalesce: while the latest version is younger than the window
 * ({@code bindery.discovery.version-window}), a change only marks the schema pending, and
 * {@link PendingVersions} writes one version for all of them when the window has passed.
 *
 * <p>The comparison is with the stored version, not with the previous shape, so an interrupted
 * write is made good later, and two instances writing the same document make one version.
 */
@Singleton
class DiscoveredVersions {

    static final String REGISTRY = "discovered-schemas";

    private final SchemaService schemas;
    private final SchemaReader reader;
    private final ShapeStore shapes;
    private final Duration window;
    private final Limits limits;
    private final ObjectMapper mapper;

    DiscoveredVersions(SchemaService schemas, SchemaReader reader, ShapeStore shapes,
                       @Value("${bindery.discovery.version-window:60s}") Duration window, Limits limits,
                       ObjectMapper mapper) {
        this.schemas = schemas;
        this.reader = reader;
        this.shapes = shapes;
        this.window = window;
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
            shapes.versionProblem(schemaName, String.format("The inferred document is %d characters long, over the "
                    + "%d-character content limit of a schema version, even without indentation; the schema is "
                    + "not versioned until its shape fits. Its statistics are kept.", content.length(),
                    limits.maxContentLength()));
            return;
        }
        Optional<SchemaVersion> latest = latest(schemaName);
        if (latest.isPresent() && latest.get().content().equals(content)) {
            shapes.clearPending(schemaName);
            return;
        }
        if (latest.isPresent() && latest.get().versionCreatedDate().plus(window).isAfter(Instant.now())) {
            shapes.markPending(schemaName);
            return;
        }
        String description = latest.map(v -> ShapeChanges.describe(v.content(), content))
                .orElseGet(() -> ShapeChanges.first(shape.eventCount()));
        write(schemaName, latest.isEmpty(), new SchemaService.Input(content, SchemaType.OpenApi3.name(), description,
                null, null));
        shapes.clearPending(schemaName);
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

    private void write(String schemaName, boolean create, SchemaService.Input input) {
        try {
            if (create) {
                schemas.create(REGISTRY, schemaName, input);
            } else {
                schemas.update(REGISTRY, schemaName, input, false);
            }
        } catch (ApiException e) {
            if (e.code() != ErrorCode.ConflictException) {
                throw e;
            }
            // Another writer got there first: the schema exists now, or already has this content.
            if (create && latest(schemaName).map(v -> !v.content().equals(input.content())).orElse(false)) {
                write(schemaName, false, input);
            }
        }
    }

    private Optional<SchemaVersion> latest(String schemaName) {
        try {
            return Optional.of(reader.describe(REGISTRY, schemaName, null));
        } catch (ApiException e) {
            if (e.code() == ErrorCode.NotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
