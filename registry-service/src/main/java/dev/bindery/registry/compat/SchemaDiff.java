package dev.bindery.registry.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The directional comparison of two JSON Schema documents, older to newer (draft-04 to 2020-12, local {@code $ref}s,
 * boolean schemas). Every difference reported carries its {@link ChangeEffect} on the set of valid instances; the
 * comparison is sound: where it cannot decide an inclusion it reports {@link ChangeEffect#CHANGES}, so "no difference that
 * may narrow" really means every instance valid under the older schema is valid under the newer one. Differences
 * with no effect (titles, descriptions, examples, reordered branches) are not reported. Thread-safe; each call is
 * bounded by the {@link DiffLimits}.
 */
public final class SchemaDiff {
    private final DiffLimits limits;

    public SchemaDiff(DiffLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits == null");
    }

    public static SchemaDiff withDefaults() {
        return new SchemaDiff(DiffLimits.defaults());
    }

    /**
     * The differences from {@code older} to {@code newer}, in document order of the newer schema where possible.
     *
     * @throws SchemaTooComplexException if a limit is exceeded
     */
    public List<Difference> between(JsonNode older, JsonNode newer) {
        Objects.requireNonNull(older, "older == null");
        Objects.requireNonNull(newer, "newer == null");
        return new Comparison(limits, new LocalReferences(older), new LocalReferences(newer)).run();
    }
}
